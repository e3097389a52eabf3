"""The channel manager's API (httpx), the payment gateway (requests with tenacity) and the door-lock host."""
import httpx
import requests
import tenacity

from roomwise import settings


def channel_inventory(hotel, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.CHANNEL_URL, timeout=timeout) as client:
        response = client.get(f"/inventory/{hotel}")
        response.raise_for_status()
        return response.json()


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                retry=tenacity.retry_if_exception_type(requests.HTTPError), reraise=False)
def capture_deposit(reservation, cents, base=None):
    response = requests.post(f"{base or settings.PAYMENTS_URL}/captures",
                             json={"reservation": reservation, "cents": cents}, timeout=1.0)
    response.raise_for_status()
    return response.json()["capture"]


def door_lock_status(room):
    return requests.get(f"http://{settings.LOCKS_HOST}:8080/rooms/{room}", timeout=1.0).json()
