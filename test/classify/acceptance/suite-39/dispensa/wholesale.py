"""Orders to the wholesaler's API (httpx), with retries on throttling (tenacity)."""
import httpx
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from . import settings


class Throttled(Exception):
    pass


def _client(base=None, timeout=1.0):
    return httpx.Client(base_url=base or settings.WHOLESALER_URL, timeout=timeout)


def price_list(base=None, timeout=1.0):
    with _client(base, timeout) as c:
        answer = c.get("/v2/prices")
        answer.raise_for_status()
        return answer.json()


@retry(retry=retry_if_exception_type(Throttled), stop=stop_after_attempt(3), wait=wait_fixed(0.05))
def place_order(base, lines):
    with _client(base) as c:
        answer = c.post("/v2/orders", json={"lines": lines})
        if answer.status_code == 429:
            raise Throttled(answer.headers.get("Retry-After"))
        answer.raise_for_status()
        return answer.json()
