import pytest

from hivekeep import exports


@pytest.fixture(autouse=True)
def close_hive_logs():
    yield
    while exports._open_logs:
        exports._open_logs.pop().close()


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("hives", [100, 1000, 100000], ids=lambda n: f"{n}-hives")
    def test_season_export(self, tmp_path, hives):
        assert exports.season_export(tmp_path / "season.csv", hives).exists()

    @pytest.mark.parametrize("hives", [10, 100, 2000], ids=lambda n: f"{n}-hives")
    def test_hive_logs_open(self, tmp_path, hives):
        assert exports.open_hive_logs(tmp_path, hives) >= hives

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_poll_scales(self, users):
        assert exports.poll_scales(users) == users

    def test_thumbnail(self, tmp_path):
        photo = tmp_path / "frame.jpg"
        photo.write_bytes(b"\xff\xd8\xff")
        assert exports.thumbnail(photo, tmp_path / "thumb.jpg")

    @pytest.mark.parametrize("size", [1, 10, 100], ids=lambda n: f"{n}-kb")
    def test_small_files(self, tmp_path, size):
        (tmp_path / "f").write_bytes(b"x" * size * 1024)
        assert (tmp_path / "f").stat().st_size == size * 1024

    @pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6], ids=lambda n: f"tmp-{n}")
    def test_tmp_writable(self, tmp_path, n):
        (tmp_path / f"t{n}").write_text("ok")
        assert (tmp_path / f"t{n}").read_text() == "ok"

    def test_export_empty(self, tmp_path):
        assert exports.season_export(tmp_path / "e.csv", 0).read_text() == ""

    def test_export_header_width(self, tmp_path):
        assert len(exports.season_export(tmp_path / "h.csv", 1).read_text()) == 130

    def test_thumbnail_of_queen_photo(self, tmp_path):
        photo = tmp_path / "queen.jpg"
        photo.write_bytes(b"\xff\xd8\xff")
        assert exports.thumbnail(photo, tmp_path / "queen-thumb.jpg")
