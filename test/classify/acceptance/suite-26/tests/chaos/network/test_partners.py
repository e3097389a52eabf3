import pytest
from starwick import partners, settings

pytestmark = pytest.mark.chaos


def test_events_from_partner_feed():
    assert partners.visible_events(partners.fetch_events()) is not None


def test_partner_rate_limited(http_stub):
    base = http_stub(status=429, body=b'{"error": "slow down"}', headers={"Retry-After": "30"})
    assert partners.fetch_events(base=base + "/")


def test_partner_refuses_key(http_stub, monkeypatch):
    base = http_stub(status=401, body=b'{"error": "unknown key"}')
    assert partners.fetch_events(base=base + "/")


def test_partner_too_slow(http_stub):
    base = http_stub(delay=1.5)
    assert partners.fetch_events(base=base + "/", timeout=0.5) == []


def test_partner_drops_connection(http_stub):
    base = http_stub(drop=True)
    assert partners.fetch_events(base=base + "/") == []
