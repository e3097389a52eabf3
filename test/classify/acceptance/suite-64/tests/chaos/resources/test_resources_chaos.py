import os

import pytest

from tramyard import yard


@pytest.fixture(autouse=True)
def clips_closed():
    yield
    yard.close_cctv_clips()


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("count", [100, 1200], ids=lambda n: f"{n}-clips")
    def test_cctv_clips_opened(self, tmp_path, count):
        assert yard.open_cctv_clips(str(tmp_path), count) >= count

    @pytest.mark.parametrize("rows", [1000, 400000], ids=["one-week", "full-year"])
    def test_mileage_exported(self, tmp_path, rows):
        assert yard.export_mileage(str(tmp_path), rows) > 0

    @pytest.mark.parametrize("stops", [50, 1200], ids=lambda n: f"{n}-stops")
    def test_travel_time_matrix(self, stops):
        assert len(yard.travel_time_matrix(stops)) == stops * stops * 2400

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_passengers_connected(self, users):
        assert yard.connect_passengers(users) == users

    def test_clip_transcoded(self, tmp_path):
        source = tmp_path / "T01.ts"
        source.write_bytes(b"\x47" * 188)
        assert yard.transcode_clip(str(source), str(tmp_path / "T01.mp4"))

    @pytest.mark.parametrize("row", range(6), ids=lambda n: f"row-{n}")
    def test_export_row_format(self, tmp_path, row):
        yard.export_mileage(str(tmp_path), row + 1)
        lines = (tmp_path / "mileage.csv").read_text().splitlines()
        assert lines[row].split(",")[0] == str(row)

    def test_export_folder_writable(self, tmp_path):
        assert os.access(tmp_path, os.W_OK)

    def test_clip_written(self, tmp_path):
        (tmp_path / "clip.ts").write_bytes(b"\x47" * 188)
        assert (tmp_path / "clip.ts").stat().st_size == 188

    def test_single_passenger(self):
        assert yard.connect_passengers(1) == 1

    def test_matrix_small(self):
        assert len(yard.travel_time_matrix(2)) == 9600
