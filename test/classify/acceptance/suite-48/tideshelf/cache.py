"""The caches: catch stock in Redis, the price board in memcached, and an in-process cache with TTL and LRU eviction."""
import collections
import json
import pickle
import threading
import time

import redis
from pymemcache.client.base import Client as MemcacheClient

from tideshelf import settings


def redis_client(url=None, **options):
    settings_options = {
        "max_connections": settings.REDIS_POOL_SIZE,
        "timeout": settings.REDIS_POOL_TIMEOUT,
        "socket_timeout": settings.REDIS_SOCKET_TIMEOUT,
        "socket_connect_timeout": settings.REDIS_SOCKET_TIMEOUT,
    }
    pool = redis.BlockingConnectionPool.from_url(url or settings.REDIS_URL, **{**settings_options, **options})
    return redis.Redis(connection_pool=pool)


def memcache_client(server=None):
    return MemcacheClient(server or settings.MEMCACHED, connect_timeout=0.5, timeout=0.5)


class LocalCache:
    """An in-process cache of bytes with a TTL per entry and LRU eviction beyond maxsize."""

    def __init__(self, maxsize=None, clock=time.monotonic):
        self.maxsize = maxsize or settings.BOARD_CACHE_SIZE
        self.clock = clock
        self.entries = collections.OrderedDict()
        self.lock = threading.Lock()

    def set(self, key, value, ttl=None):
        with self.lock:
            expires = self.clock() + ttl if ttl else None
            self.entries[key] = (value, expires)
            self.entries.move_to_end(key)
            while len(self.entries) > self.maxsize:
                self.entries.popitem(last=False)

    def get(self, key):
        with self.lock:
            item = self.entries.get(key)
            if item is None:
                return None
            value, expires = item
            if expires is not None and expires <= self.clock():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return value

    def require(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value


def dump_lot(lot):
    """The writers' format since 2.3: pickled, smaller and keeps Decimals."""
    return pickle.dumps(lot)


def load_lot(raw):
    """The readers' format: JSON text."""
    return json.loads(raw.decode("utf-8"))


def load_lot_v1(raw):
    return pickle.loads(raw)
