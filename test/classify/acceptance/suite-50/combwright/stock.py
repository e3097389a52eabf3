"""Jar stock per depot in Redis, and an in-process memo of jar prices."""
import functools

import redis

from combwright import settings

_PRICES = {"heather-340g": 780, "clover-340g": 560}


def client(url=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=0.5)


def jars(r, depot, kind):
    value = r.get(f"jars:{depot}:{kind}")
    return None if value is None else int(value)


def put_jars(r, depot, kind, count):
    r.set(f"jars:{depot}:{kind}", count)


def take_jars(r, depot, kind, count):
    return r.decrby(f"jars:{depot}:{kind}", count)


@functools.lru_cache(maxsize=None)
def price(kind):
    return _PRICES[kind]


def set_price(kind, pence):
    _PRICES[kind] = pence
