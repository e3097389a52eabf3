import os

import pytest

from hivecote import res

pytestmark = pytest.mark.chaos


class TestResourcesChaos:
    @pytest.mark.parametrize("kg", [1, 10, 100, 250, 500])
    def test_wax_estimate(self, kg):
        assert res.wax_estimate(kg) == pytest.approx(kg * 0.015)

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_exports_under_load(self, tmp_path, users):
        assert res.export_harvests(str(tmp_path), users) > 0

    def test_hive_logs_for_every_hive(self, tmp_path):
        assert res.write_hive_logs(str(tmp_path), 600) == 600

    def test_season_export(self, tmp_path):
        assert res.export_harvests(str(tmp_path), 200_000) > 0

    def test_label_sheet_saved(self):
        path = res.save_label_sheet("labels-north.pdf", b"%PDF-1.4\n" + b"0" * 100_000)
        assert os.path.getsize(path) > 100_000

    def test_small_label_saved(self):
        path = res.save_label_sheet("label-h7.pdf", b"%PDF-1.4\n" + b"0" * 1000)
        assert os.path.exists(path)

    def test_frame_buffer(self):
        assert len(res.frame_buffer()) > 0

    def test_label_rendered(self):
        assert res.render_label("Heather 454 g") == "Heather 454 g\n"

    def test_checksum_chain_of_season(self):
        assert len(res.checksum_chain(50_000_000)) == 64

    def test_checksum_chain_of_day(self):
        assert len(res.checksum_chain(1000)) == 64

    def test_export_file_shared(self):
        path = "/tmp/hivecote-export.csv"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("apiary,kg\n")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("north,12.5\n")
        with open(path, encoding="utf-8") as handle:
            assert handle.read().splitlines() == ["apiary,kg", "north,12.5"]

    @pytest.mark.parametrize("rows", [10, 20, 30, 40])
    def test_small_export(self, tmp_path, rows):
        assert res.export_harvests(str(tmp_path), rows) > 0
