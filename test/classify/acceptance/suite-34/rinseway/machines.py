"""Machine status cached in Redis (redis-py), and a memo of shop opening hours."""
import json

import redis

from rinseway import settings

_hours_memo = {}


def client(url=None, timeout=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=1)


def put_status(cache, shop, machine, status):
    cache.set(f"machine:{machine}", json.dumps(status), ex=300)


def get_status(cache, shop, machine):
    raw = cache.get(f"machine:{machine}")
    return json.loads(raw) if raw else None


def opening_hours(shop, table):
    if shop not in _hours_memo:
        _hours_memo[shop] = table[shop]
    return _hours_memo[shop]
