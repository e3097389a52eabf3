"""The card acquirer (requests with tenacity and urllib3 retries), over TLS and through the egress proxy."""
import requests
import tenacity
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from baywarden import settings


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_exponential(multiplier=0.05, max=0.2),
                retry=tenacity.retry_if_exception_type(requests.HTTPError), reraise=False)
def capture(ticket, cents, base=None):
    response = requests.post(f"{base or settings.ACQUIRER_URL}/captures", json={"ticket": ticket, "cents": cents},
                             timeout=1.0)
    response.raise_for_status()
    return response.json()["capture"]


def refund(capture_id, base=None, verify=True, timeout=1.0):
    session = requests.Session()
    retry = Retry(total=3, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    proxies = {"http": settings.ACQUIRER_PROXY, "https": settings.ACQUIRER_PROXY} if settings.ACQUIRER_PROXY else None
    response = session.post(f"{base or settings.ACQUIRER_URL}/refunds", json={"capture": capture_id},
                            timeout=timeout, verify=verify, proxies=proxies)
    response.raise_for_status()
    return response.json()["refund"]


def settlement(day, base=None):
    response = requests.get(f"{base or settings.ACQUIRER_URL}/settlements/{day}", timeout=1.0)
    response.raise_for_status()
    return response.json()
