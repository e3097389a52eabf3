import pytest

from seedvault import bench


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("volunteers", [1, 2])
    def test_counts_added_small(self, volunteers):
        assert bench.count_in_parallel(bench.Tally(), [100] * volunteers) in (100 * volunteers, 100)

    @pytest.mark.parametrize("volunteers", [40])
    def test_counts_added(self, volunteers):
        assert bench.count_in_parallel(bench.Tally(), [250] * volunteers) == 250 * volunteers
