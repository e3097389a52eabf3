import os

import pytest

from lampwatch import lamps


@pytest.fixture(autouse=True)
def lamp_logs_closed():
    yield
    lamps.close_lamp_logs()


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("count", [100, 1200], ids=lambda n: f"{n}-lamps")
    def test_lamp_logs_opened(self, tmp_path, count):
        assert lamps.open_lamp_logs(str(tmp_path), count) >= count

    @pytest.mark.parametrize("readings", [1000, 200000], ids=["one-week", "full-season"])
    def test_season_exported(self, tmp_path, readings):
        assert lamps.export_season(str(tmp_path), readings) > 0

    def test_chart_tile_rendered(self, tmp_path):
        source = tmp_path / "HW01.tif"
        source.write_bytes(b"II*\x00")
        assert lamps.render_chart_tile(str(source), str(tmp_path / "HW01.png"))

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_lanterns_polled(self, users):
        assert lamps.poll_lanterns(users) == users

    @pytest.mark.parametrize("row", range(8), ids=lambda n: f"row-{n}")
    def test_export_row_format(self, tmp_path, row):
        lamps.export_season(str(tmp_path), row + 1)
        lines = (tmp_path / "season.csv").read_text().splitlines()
        assert lines[row].split(",")[0] == str(row)

    def test_export_folder_writable(self, tmp_path):
        assert os.access(tmp_path, os.W_OK)

    def test_lamp_log_written(self, tmp_path):
        (tmp_path / "lamp.log").write_text("lit\n")
        assert (tmp_path / "lamp.log").read_text() == "lit\n"

    @pytest.mark.parametrize("size", [1, 10, 100], ids=lambda n: f"{n}-kb")
    def test_chart_source_written(self, tmp_path, size):
        (tmp_path / "chart.tif").write_bytes(b"\x00" * size * 1024)
        assert (tmp_path / "chart.tif").stat().st_size == size * 1024

    def test_single_lantern_polled(self):
        assert lamps.poll_lanterns(1) == 1
