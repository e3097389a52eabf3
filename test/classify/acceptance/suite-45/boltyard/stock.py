"""Kit in stock at each depot, cached in Redis, and the memo of hire rates."""
import json

import redis
from cachetools import TTLCache, cached

from boltyard import settings


def client(url=None, timeout=1.0, password=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout,
                                password=password if password is not None else settings.REDIS_PASSWORD)


class StockCache:
    def __init__(self, conn):
        self.conn = conn

    def put(self, depot, kit, ttl=None):
        self.conn.set(f"stock:{depot}", json.dumps(kit), ex=ttl)

    def get(self, depot):
        raw = self.conn.get(f"stock:{depot}")
        return None if raw is None else json.loads(raw)

    def reserve(self, depot, item, hire):
        return bool(self.conn.set(f"reserved:{depot}:{item}", hire, nx=True, ex=600))

    def available(self, depot, item):
        return int(self.conn.get(f"count:{depot}:{item}"))


RATES = {"mini-digger": 95, "dumper-3t": 120, "breaker": 38}


@cached(TTLCache(maxsize=512, ttl=3600))
def day_rate(kit):
    return RATES[kit]


def set_day_rate(kit, pounds):
    RATES[kit] = pounds
