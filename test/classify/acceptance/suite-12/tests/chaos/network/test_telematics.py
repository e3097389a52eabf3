import pytest

from kerbside import geo, telematics

pytestmark = pytest.mark.chaos


def test_unlock_when_gateway_slow(http_stub):
    url = http_stub(200, {"accepted": True}, delay=2.5)
    assert telematics.unlock(url, 7, 900040)["accepted"]


def test_status_behind_bad_gateway(http_stub):
    url = http_stub(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"})
    assert telematics.status(url, 7)["locked"] is True


def test_partner_availability_rate_limited(http_stub):
    url = http_stub(429, {"error": "rate_limited"}, {"Retry-After": "30"})
    assert telematics.partner_availability(url, "cbd") == []


def test_status_ok(http_stub):
    url = http_stub(200, {"locked": True, "soc": 64})
    assert telematics.status(url, 7)["locked"] is True


def test_drop_off_address():
    assert "Melbourne" in geo.address(-37.8183, 144.9671)
