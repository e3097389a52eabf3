"""Track clearance from the music licensing service (PRS-style API)."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import settings


def _session(retries=0):
    session = requests.Session()
    if retries:
        retry = Retry(total=retries, backoff_factor=0, status_forcelist=[502, 503, 504], allowed_methods=None)
        session.mount("http://", HTTPAdapter(max_retries=retry))
    session.headers["X-Api-Key"] = settings.LICENSING_KEY
    return session


def clearance(isrc, base_url=None, timeout=2.0, retries=0):
    base = base_url or settings.LICENSING_URL
    response = _session(retries).get(f"{base}/v1/clearances/{isrc}", timeout=timeout)
    response.raise_for_status()
    return response.json()


def is_cleared(isrc, base_url=None, **kw):
    return clearance(isrc, base_url, **kw)["status"] == "cleared"


def report_plays(plays, base_url=None, timeout=2.0):
    base = base_url or settings.LICENSING_URL
    response = _session().post(f"{base}/v1/plays", json=plays, timeout=timeout)
    response.raise_for_status()
    return response.json()["accepted"]
