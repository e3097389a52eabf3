"""Stock levels per branch, cached in Redis in front of the database; the formulary memo."""
import threading

import cachetools
import redis

from . import settings

_formulary = cachetools.TTLCache(maxsize=512, ttl=300)


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


class StockCache:
    def __init__(self, redis_client, loader, ttl=60):
        self.redis = redis_client
        self.loader = loader
        self.ttl = ttl

    def key(self, branch, sku):
        return f"stock:{branch}:{sku}"

    def put(self, branch, sku, level):
        self.redis.set(self.key(branch, sku), level, ex=self.ttl)

    def level(self, branch, sku):
        raw = self.redis.get(self.key(branch, sku))
        return int(raw)

    def level_or_load(self, branch, sku):
        raw = self.redis.get(self.key(branch, sku))
        if raw is None:
            level = self.loader(branch, sku)
            self.put(branch, sku, level)
            return level
        return int(raw)

    def branch_levels(self, branch):
        return {k.decode(): int(v) for k, v in self.redis.hgetall(f"stock:{branch}").items()}

    def reserve(self, branch, sku, count):
        return self.redis.decrby(self.key(branch, sku), count)


def formulary_entry(store, code):
    if code not in _formulary:
        _formulary[code] = store[code]
    return _formulary[code]


class LocalLevels:
    """An in-process cache of levels the counter screens read, refreshed from the loader on a miss."""

    def __init__(self, loader):
        self.loader = loader
        self.levels = {}
        self.lock = threading.Lock()

    def get(self, sku):
        if sku not in self.levels:
            level = self.loader(sku)
            with self.lock:
                self.levels[sku] = level
        return self.levels[sku]
