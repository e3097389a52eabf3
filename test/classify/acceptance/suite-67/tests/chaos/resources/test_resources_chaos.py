import pytest

from racebib import exports


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("runners", [1000, 200000], ids=lambda n: f"{n}-runners")
    def test_results_export(self, tmp_path, runners):
        assert exports.results_export(tmp_path / "results.csv", runners).stat().st_size > 0

    @pytest.mark.parametrize("runners", [100, 2000], ids=lambda n: f"{n}-runners")
    def test_chip_logs_open(self, tmp_path, runners):
        assert exports.open_chip_logs(tmp_path, runners) == runners

    @pytest.mark.parametrize("runners", [10, 1000, 5000], ids=lambda n: f"{n}-runners")
    def test_track_runners(self, runners):
        assert exports.track_runners(runners) == runners

    def test_finisher_certificate(self, tmp_path):
        assert exports.certificate(tmp_path, "ada-okafor").exists()

    def test_split_tree(self):
        assert exports.split_tree([1190, 2402, 3611])["first"] == 1190

    def test_split_tree_empty(self):
        assert exports.split_tree([]) is None

    @pytest.mark.parametrize("count", [1000, 300000], ids=lambda n: f"{n}-bibs")
    def test_bibs_rendered_within_budget(self, count):
        _, seconds = exports.render_bibs(count)
        assert seconds < 0.2

    @pytest.mark.parametrize("runners", [0, 1, 2, 5, 10, 50, 100, 500, 800, 900], ids=lambda n: f"{n}-runners")
    def test_small_exports(self, tmp_path, runners):
        exports.results_export(tmp_path / "small.csv", runners)
        assert len((tmp_path / "small.csv").read_text().splitlines()) == runners
