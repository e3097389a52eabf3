"""Beacon states: the Redis beacon cache, the characteristic memo and the notice cache."""
import functools
import threading
import time

import redis

from lampwatch import settings

CHARACTERISTICS = {"HW01": "Fl(2) 10s", "HW02": "Oc 6s", "HW03": "Iso 4s"}


def beacon_cache():
    client = redis.Redis(*settings.BEACON_CACHE, socket_connect_timeout=1)
    client.ping()
    return client


@functools.lru_cache(maxsize=256)
def characteristic(light):
    return CHARACTERISTICS[light]


def change_characteristic(light, text):
    CHARACTERISTICS[light] = text


class NoticeCache:
    def __init__(self, loader, ttl=30.0):
        self.loader = loader
        self.ttl = ttl
        self.entries = {}
        self.loads = 0
        self._count = threading.Lock()

    def get(self, key):
        entry = self.entries.get(key)
        if entry and entry[1] > time.monotonic():
            return entry[0]
        value = self.loader(key)
        with self._count:
            self.loads += 1
        self.entries[key] = (value, time.monotonic() + self.ttl)
        return value
