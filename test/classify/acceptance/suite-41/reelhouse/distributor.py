"""The film distributor's API: bookings of prints, key deliveries for the projectors, and the projection booths."""
import socket

import httpx
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_fixed

from reelhouse import settings


def _retryable(error):
    return isinstance(error, httpx.HTTPStatusError) and error.response.status_code in (429, 503)


def booking(film, base=None, timeout=1.0):
    response = httpx.get(f"{base or settings.DISTRIBUTOR_URL}/v2/bookings/{film}", timeout=timeout)
    response.raise_for_status()
    return response.json()


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05), retry=retry_if_exception(_retryable))
def key_delivery(film, screen, base=None):
    """Fetches the key that unlocks a film on one screen's projector for the week."""
    response = httpx.get(f"{base or settings.DISTRIBUTOR_URL}/v2/kdm/{film}/{screen}", timeout=1.0)
    response.raise_for_status()
    return response.json()


def booth_address():
    return socket.getaddrinfo(settings.BOOTH_HOST, 9070, type=socket.SOCK_STREAM)[0][4]
