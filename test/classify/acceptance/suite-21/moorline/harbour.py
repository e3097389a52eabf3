"""The harbour master's API: berth status, arrivals and movements, over requests with retries."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from moorline import settings


def session():
    s = requests.Session()
    retry = Retry(total=2, status_forcelist=(500, 502, 503, 504), backoff_factor=0, allowed_methods=None)
    s.mount("http://", HTTPAdapter(max_retries=retry))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers["X-Api-Key"] = settings.HARBOUR_API_KEY
    return s


def berth_status(berth, base=None):
    response = session().get(f"{base or settings.HARBOUR_API}/berths/{berth}", timeout=1)
    response.raise_for_status()
    return response.json()


def arrivals(day, base=None):
    response = session().get(f"{base or settings.HARBOUR_API}/arrivals", params={"date": day}, timeout=0.5)
    response.raise_for_status()
    return [{"mmsi": a["mmsi"], "berth": a["berth_id"], "eta": a["eta"]} for a in response.json()["arrivals"]]


def report_movement(movement, base=None):
    response = requests.post(f"{base or settings.HARBOUR_API}/movements", json=movement, timeout=1,
                             headers={"X-Api-Key": settings.HARBOUR_API_KEY})
    response.raise_for_status()
    return response.json()["id"]


def pilot_request(vessel, base=None):
    response = session().post(f"{base or settings.HARBOUR_API}/pilots", json=vessel, timeout=1)
    response.raise_for_status()
    return response.json()
