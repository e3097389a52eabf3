import pytest

from voltbay import roaming

pytestmark = pytest.mark.chaos

SESSION = {"id": "s-100", "location": "HAM-0007", "kwh": 22.5}


def test_locations_from_hub():
    assert roaming.locations()


def test_push_session_to_hub():
    assert roaming.push_session(SESSION)["status_code"] == 1000


def test_locations_when_hub_unavailable(http_stub):
    base = http_stub(status=503, body=b'{"status_code": 3000, "status_message": "maintenance"}')
    assert roaming.locations(base)


def test_locations_behind_gateway(http_stub):
    base = http_stub(status=502, type="text/html", body=b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    assert roaming.locations(base)


def test_push_session_rate_limited(http_stub):
    base = http_stub(status=429, headers={"Retry-After": "30"}, body=b'{"status_code": 2000, "status_message": "too many requests"}')
    assert roaming.push_session(SESSION, base)


def test_locations_from_slow_hub(http_stub):
    base = http_stub(delay=2.5)
    assert roaming.locations(base) == []


def test_locations_when_hub_drops_connection(http_stub):
    base = http_stub(drop=True)
    assert roaming.locations(base) == []


def test_locations_from_mirror():
    assert roaming.mirror_locations()


def test_grid_limit_for_site():
    assert roaming.grid_limit_kw("HAM") > 0


def test_tariffs_from_staging_over_tls(tls_stub):
    assert roaming.tariffs_tls("localhost", tls_stub) == []
