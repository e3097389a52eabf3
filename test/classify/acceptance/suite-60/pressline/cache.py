"""Tank readings in Redis, the readings memo the cellar screens use, and the weighbridge's fill-once cache."""
import threading
import time

import redis

from pressline import settings

_reading_memo = {}


def client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5)


def tank_reading(store, tank):
    if tank not in _reading_memo:
        _reading_memo[tank] = store.get(f"tank:{tank}:brix")
    return _reading_memo[tank]


def record_reading(store, tank, brix):
    store.set(f"tank:{tank}:brix", brix)


class DictStore:
    """An in-process stand-in with the Redis calls the memo makes."""

    def __init__(self):
        self.values = {}

    def get(self, key):
        return self.values.get(key)

    def set(self, key, value):
        self.values[key] = value


class BlockCache:
    """Vineyard blocks' details, filled from the cooperative's register when a key is missing."""

    def __init__(self, fetch):
        self.fetch = fetch
        self.values = {}
        self.fills = 0
        self._lock = threading.Lock()

    def get(self, block):
        if block not in self.values:
            value = self.fetch(block)
            with self._lock:
                self.fills += 1
            self.values[block] = value
        return self.values[block]


def slow_register(block):
    time.sleep(0.05)
    return {"block": block, "variety": "riesling"}
