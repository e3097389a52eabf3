"""The mountain weather feed and the avalanche bulletin."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from fellcall import settings

_feed = requests.Session()


def summit_forecast(summit):
    response = _feed.get(f"{settings.WEATHER_URL}/forecast/{summit}", timeout=settings.WEATHER_TIMEOUT)
    response.raise_for_status()
    return response.json()


def current(summit):
    response = _feed.get(f"{settings.WEATHER_URL}/now/{summit}", timeout=settings.WEATHER_TIMEOUT)
    response.raise_for_status()
    return response.json()


def avalanche_bulletin(area):
    session = requests.Session()
    retries = Retry(total=3, backoff_factor=0, status_forcelist=[502, 503, 504], allowed_methods=["GET"])
    session.mount("http://", HTTPAdapter(max_retries=retries))
    response = session.get(f"{settings.AVALANCHE_URL}/bulletin/{area}", timeout=2)
    response.raise_for_status()
    return response.json()
