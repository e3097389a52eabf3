"""Free appointment slots per clinic and chair, cached in Redis, and a small in-process memo of clinic hours."""
import json

import cachetools
import redis

from chairside import settings


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


def put_slots(cache, clinic, day, slots):
    cache.set(f"slots:{clinic}:{day}", json.dumps(slots), ex=300)


def get_slots(cache, clinic, day):
    raw = cache.get(f"slots:{clinic}:{day}")
    return json.loads(raw) if raw else []


_hours = cachetools.TTLCache(maxsize=64, ttl=60)


def clinic_hours(clinic, day, lookup):
    key = day
    if key not in _hours:
        _hours[key] = lookup(clinic, day)
    return _hours[key]


def recent_lookups(ttl):
    return cachetools.TTLCache(maxsize=16, ttl=ttl)
