import pytest

from rillmark import weather

pytestmark = pytest.mark.chaos

HOURS = b'{"hourly": [{"temp": 27}, {"temp": 22}]}'


def test_forecast_for_zone():
    assert weather.forecast("north") is not None


def test_demand_factor_on_a_hot_day(http_stub):
    base = http_stub(status=503, body=b'{"error": "upstream model run in progress"}')
    assert weather.demand_factor("north", base=base) == pytest.approx(1.02)


def test_forecast_is_quick(http_stub):
    base = http_stub(delay=2, body=HOURS)
    assert len(weather.forecast("south", base=base)) == 2


def test_forecast_during_provider_maintenance(http_stub):
    page = b"<!DOCTYPE html><html><body><h1>We'll be back soon</h1></body></html>"
    base = http_stub(status=200, body=page, type="text/html")
    assert weather.forecast("east", base=base)


def test_forecast_with_partner_token(http_stub):
    base = http_stub(status=401, body=b'{"error": "invalid_token"}')
    assert weather.forecast("east", base=base, token="ci-partner-token")


def test_rainfall_for_catchment():
    assert weather.rainfall("upper-rill") >= 0


def test_forecast_connection_dropped(http_stub):
    base = http_stub(drop=True)
    assert weather.forecast("west", base=base)
