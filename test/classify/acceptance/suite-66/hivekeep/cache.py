"""Hive status: Redis for the shared board, an in-process memo for apiary names."""
import functools

import redis

from hivekeep import settings

_apiaries = {"A1": "Orchard Row", "A2": "Heather Bank", "A3": "Lime Walk"}


def board():
    host, port = settings.HIVE_REDIS
    client = redis.Redis(host=host, port=port, socket_connect_timeout=2)
    client.ping()
    return client


@functools.lru_cache(maxsize=None)
def apiary_name(code):
    return _apiaries[code]


def rename_apiary(code, name):
    _apiaries[code] = name


class Lru:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}

    def put(self, key, value):
        if len(self.items) > self.capacity:
            self.items.pop(next(iter(self.items)))
        self.items[key] = value

    def __len__(self):
        return len(self.items)
