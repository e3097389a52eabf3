import pytest

from spoilheap import cache


@pytest.mark.chaos
class TestCache:
    def test_trench_status_cached(self, trench_cache):
        cache.set_trench_status(trench_cache, "T1", b"open")
        assert cache.trench_status(trench_cache, "T1") == b"open"

    @pytest.mark.parametrize("trenches", [4, 40], ids=lambda trenches: f"trenches-{trenches}")
    def test_status_load(self, trench_cache, trenches):
        for n in range(trenches):
            cache.set_trench_status(trench_cache, f"T{n}", b"open")

    def test_trench_closed_shows(self):
        store = cache.DictStore()
        cache.set_trench_status(store, "T7", b"open")
        assert cache.trench_status(store, "T7") == b"open"
        cache.set_trench_status(store, "T7", b"backfilled")
        assert cache.trench_status(store, "T7") == b"backfilled"
