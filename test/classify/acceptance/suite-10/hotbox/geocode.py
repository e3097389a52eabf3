"""Addresses to coordinates through the geocoder, retried with tenacity."""

import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from hotbox.settings import load


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.2), retry=retry_if_exception_type(requests.HTTPError))
def geocode(address, base_url=None):
    settings = load()
    response = requests.get(f"{base_url or settings.geocoder_url}/search", params={"q": address, "format": "json"},
                            timeout=settings.http_timeout)
    response.raise_for_status()
    first = response.json()[0]
    return float(first["lat"]), float(first["lon"])


def restaurant_menu(restaurant_id):
    settings = load()
    response = requests.get(f"{settings.restaurants_url}/restaurants/{restaurant_id}/menu",
                            timeout=settings.http_timeout)
    response.raise_for_status()
    return response.json()


def push_order_to_pos(pos_url, order):
    response = requests.post(f"{pos_url}/orders", json=order, timeout=load().http_timeout)
    response.raise_for_status()
    return response.json()
