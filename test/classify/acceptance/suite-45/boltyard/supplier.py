"""The plant supplier's API (cross-hire of kit a depot lacks) and the fleet's telematics host."""
import socket

import httpx
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_fixed

from boltyard import settings


def _retryable(error):
    return isinstance(error, httpx.HTTPStatusError) and error.response.status_code in (429, 503)


def availability(kit, base=None, timeout=1.0):
    response = httpx.get(f"{base or settings.SUPPLIER_URL}/v1/availability/{kit}", timeout=timeout)
    response.raise_for_status()
    return response.json()


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05), retry=retry_if_exception(_retryable))
def cross_hire(kit, days, base=None):
    response = httpx.post(f"{base or settings.SUPPLIER_URL}/v1/cross-hires", json={"kit": kit, "days": days}, timeout=1.0)
    response.raise_for_status()
    return response.json()


def telematics_address():
    return socket.getaddrinfo(settings.TELEMATICS_HOST, 8883, type=socket.SOCK_STREAM)[0][4]
