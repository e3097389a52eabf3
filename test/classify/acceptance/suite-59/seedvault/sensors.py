"""The cold rooms' temperature and humidity feed."""
import requests

from seedvault import settings


def reading(room, url=None, timeout=None):
    response = requests.get(f"{url or settings.SENSOR_FEED_URL}/rooms/{room}",
                            timeout=timeout or settings.SENSOR_TIMEOUT_S)
    response.raise_for_status()
    return response.json()


def out_of_range(reading):
    return reading["celsius"] > -18 or reading["rh"] > 20
