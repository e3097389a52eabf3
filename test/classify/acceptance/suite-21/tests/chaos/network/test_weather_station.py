import pytest

from moorline import weather

pytestmark = pytest.mark.chaos


def test_observations():
    assert "wind_kn" in weather.observations()


def test_gale_warning_when_station_stalls(silent_peer):
    host, port = silent_peer
    assert weather.gale_warning(f"http://{host}:{port}/obs") in (True, False)


def test_gale_warning(http_stub):
    base = http_stub(200, {"wind_kn": "36", "gust_kn": "44", "visibility_nm": "2.5"})
    assert weather.gale_warning(f"{base}/obs") is True
