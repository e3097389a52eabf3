"""Clean linen on hand per depot, cached in Redis, and a memo of the hotels' par levels."""
import functools
import json

import redis

from rinsewell import settings

_PAR = {"grand-leeds": 400, "quay-hull": 250}


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


def put_count(r, depot, item, count, ttl=None):
    r.set(f"linen:{depot}:{item}", json.dumps({"count": count}), ex=ttl)


def count(r, depot, item):
    raw = r.get(f"linen:{depot}:{item}")
    return None if raw is None else json.loads(raw)["count"]


def reserve(r, depot, item, n):
    key = f"linen:{depot}:{item}"
    left = json.loads(r.get(key))["count"] - n
    r.set(key, json.dumps({"count": left}))
    return left


@functools.lru_cache(maxsize=None)
def par_level(hotel):
    return _PAR[hotel]


def set_par_level(hotel, level):
    _PAR[hotel] = level
