"""Weather and rainfall forecasts for demand planning (requests with CacheControl's HTTP cache)."""

import requests
from cachecontrol import CacheControl

from rillmark import settings

_session = None


def session():
    global _session
    if _session is None:
        _session = CacheControl(requests.Session())
    return _session


def forecast(zone, base=None, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = session().get(f"{base or settings.WEATHER_URL}/forecast", params={"zone": zone},
                             headers=headers, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["hourly"]


def rainfall(catchment, base=None):
    response = session().get(f"{base or settings.RAINFALL_URL}/catchments/{catchment}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["mm"]


def demand_factor(zone, base=None):
    hours = forecast(zone, base=base)
    hot = [h for h in hours if h["temp"] >= 25]
    return 1 + 0.02 * len(hot)
