import pytest
import requests

from snowgate import weather

pytestmark = pytest.mark.chaos

FORECAST = {"station": "adventdalen", "snow": {"depth_cm": 84, "new_cm": 12}, "wind": {"gusts_kmh": [41, 55]}}


def test_forecast_from_service():
    assert weather.forecast("adventdalen")["station"] == "adventdalen"


def test_forecast_when_service_overloaded(http_stub):
    base = http_stub(status=503, body={"error": "overloaded"})
    assert weather.forecast("adventdalen", base)["snow"]


def test_forecast_with_api_key(http_stub):
    base = http_stub(status=401, body={"error": "missing or invalid key"})
    assert weather.forecast("adventdalen", base)["snow"]


def test_forecast_rate_limited(http_stub):
    base = http_stub(status=429, body={"error": "too many requests"}, headers={"Retry-After": "30"})
    assert weather.forecast("adventdalen", base)["snow"]


def test_forecast_slow_service(http_stub):
    base = http_stub(body=FORECAST, delay=2.5)
    assert weather.forecast("adventdalen", base)["snow"]["depth_cm"] == 84


def test_snow_depth_during_maintenance(http_stub):
    base = http_stub(raw=b"<!DOCTYPE html><html><body><h1>Planned maintenance</h1></body></html>", headers={"Content-Type": "text/html"})
    assert weather.snow_depth_cm("adventdalen", base) == 84


def test_avalanche_level_today():
    assert 1 <= weather.avalanche_level() <= 5


def test_wind_gusts_when_station_drops(http_stub):
    base = http_stub(drop=True)
    assert max(weather.wind_gusts(base, "gruvefjellet")) < 120


def test_snow_depth_from_mocked_service(monkeypatch):
    class Answer:
        status_code = 200

        def raise_for_status(self):
            pass

        def json(self):
            return FORECAST

    monkeypatch.setattr(requests, "get", lambda *args, **kwargs: Answer())
    assert weather.snow_depth_cm("adventdalen") == 84
