import pytest

from oddsmill import feed

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("sport", ["football", "tennis", "basketball"])
def test_prices_snapshot(sport):
    assert feed.fetch_prices(sport)["sport"] == sport


def test_prices_through_gateway_retries(http_stub):
    base = http_stub(status=503, body={"error": "upstream unavailable"})
    assert feed.fetch_prices("football", base=base, retries=2)


def test_prices_from_slow_provider(http_stub):
    base = http_stub(body={"sport": "football"}, delay=1.5)
    assert feed.fetch_prices("football", base=base, timeout=0.5)["sport"] == "football"


def test_prices_maintenance_page(http_stub):
    base = http_stub(raw=b"<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head></html>",
                     headers={"Content-Type": "text/html"})
    assert feed.fetch_prices("football", base=base)


def test_mirror_resolves():
    assert feed.mirror_address()[1] == 443


def test_settlement_service_health():
    assert feed.settle_ping() == 200


def test_provider_revision():
    assert len(feed.provider_revision("https://127.0.0.1:18084/provider/odds-schema.git")) == 40


def test_fixtures_after_dropped_connection(http_stub):
    base = http_stub(body={"fixtures": []}, drop_first=True)
    assert feed.fetch_fixtures(base) == {"fixtures": []}


def test_prices_ok(http_stub):
    base = http_stub(body={"sport": "tennis", "markets": []})
    assert feed.fetch_prices("tennis", base=base)["sport"] == "tennis"
