"""Weather and avalanche bulletins from the regional services, through requests with retries."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from snowgate import settings


def _session(retries: int = 2) -> requests.Session:
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def forecast(station: str, base: str | None = None, timeout: float = 1.0) -> dict:
    base = base or settings.WEATHER_API
    response = _session().get(f"{base}/forecast/{station}", params={"key": settings.WEATHER_API_KEY}, timeout=timeout)
    response.raise_for_status()
    return response.json()


def snow_depth_cm(station: str, base: str | None = None) -> int:
    data = forecast(station, base)
    return int(data["snow"]["depth_cm"])


def avalanche_level(url: str | None = None) -> int:
    response = requests.get(url or settings.AVALANCHE_BULLETIN_URL, timeout=1.0)
    response.raise_for_status()
    return response.json()["danger_level"]


def wind_gusts(base: str, station: str) -> list[float]:
    session = requests.Session()
    response = session.get(f"{base}/wind/{station}", timeout=1.0)
    response.raise_for_status()
    return [float(g) for g in response.json()["gusts_kmh"]]
