"""Trench status and finds counts in Redis, and the status memo the web views read."""
import redis

from spoilheap import settings

_status_memo = {}


def client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5)


def trench_status(store, trench):
    if trench not in _status_memo:
        _status_memo[trench] = store.get(f"trench:{trench}:status")
    return _status_memo[trench]


def set_trench_status(store, trench, status):
    store.set(f"trench:{trench}:status", status)


class DictStore:
    """An in-process stand-in with the Redis calls the memo makes."""

    def __init__(self):
        self.values = {}

    def get(self, key):
        return self.values.get(key)

    def set(self, key, value):
        self.values[key] = value
