import pytest

from combwright import exports


@pytest.mark.chaos
class TestResourcesChaos:
    def test_export_small_season(self, tmp_path):
        exports.export_season(tmp_path / "season.csv", [("H1", 12.5)])

    def test_export_full_season(self, tmp_path):
        rows = [(f"H{n}", "inspection notes " * 20) for n in range(40000)]
        exports.export_season(tmp_path / "season.csv", rows)

    def test_print_hive_labels(self, tmp_path):
        exports.print_labels("labels.glabels", str(tmp_path / "labels.pdf"))
