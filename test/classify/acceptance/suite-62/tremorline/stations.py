"""Station metadata, memoised for the locator; the pick cache in Redis."""

import functools

import redis

from tremorline import settings

REGISTRY = {
    "TRM01": {"lat": 37.512, "lon": 22.341, "elevation_m": 410},
    "TRM02": {"lat": 37.804, "lon": 22.905, "elevation_m": 1020},
    "TRM03": {"lat": 38.101, "lon": 21.876, "elevation_m": 75},
}


@functools.lru_cache(maxsize=256)
def location(code):
    station = REGISTRY[code]
    return station["lat"], station["lon"]


def move(code, lat, lon):
    """A station re-sited after a landslide: its registry entry changes."""
    REGISTRY[code] = {**REGISTRY[code], "lat": lat, "lon": lon}


def pick_cache():
    client = redis.Redis.from_url(settings.PICK_CACHE_URL, socket_connect_timeout=1)
    client.ping()
    return client
