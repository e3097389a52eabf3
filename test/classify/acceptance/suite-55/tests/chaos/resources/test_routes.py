import pytest

from fellcall import routes

pytestmark = pytest.mark.chaos


def test_write_short_track(tmp_path):
    path = routes.write_track(tmp_path / "short.csv", [(54.454, -3.211), (54.455, -3.212)])
    assert path.read_text().count("\n") == 2


def test_write_long_search_track(tmp_path):
    points = [(54.4 + i * 1e-6, -3.2 - i * 1e-6) for i in range(450000)]
    path = routes.write_track(tmp_path / "search.csv", points)
    assert path.stat().st_size == 450000 * 20


def test_track_to_gpx(tmp_path):
    track = routes.write_track(tmp_path / "route.csv", [(54.454, -3.211)])
    assert routes.to_gpx(str(track), str(tmp_path / "route.gpx")).endswith(".gpx")
