"""Caches of stock, prices and quotes: a TTL cache, an LRU and the serializer named in the settings."""
import json
import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, ttl):
        self.ttl = ttl
        self.items = {}

    def set(self, key, value):
        self.items[key] = (value, time.clock() + self.ttl)

    def get(self, key):
        value, until = self.items.get(key, (None, 0))
        return value if time.clock() < until else None


class MonotonicTTL:
    def __init__(self, ttl):
        self.ttl = ttl
        self.items = {}

    def set(self, key, value):
        self.items[key] = (value, time.monotonic() + self.ttl)

    def get(self, key):
        value, until = self.items.get(key, (None, 0))
        return value if time.monotonic() < until else None


class LRU:
    def __init__(self, size):
        self.size = size
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return None
        return self.items[key]

    def set(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.size:
            self.items.popitem(last=False)


def get_many(cache, keys, default=None):
    # 4.2: `default` is supported again (it warned as deprecated in 4.0 and 4.1).
    return {key: (cache.get(key) if cache.get(key) is not None else default) for key in keys}


def serializer(name):
    if name == "json":
        return json.dumps, json.loads
    if name == "msgpack":
        import msgpack
        return msgpack.packb, msgpack.unpackb
    raise ValueError(f"unknown serializer {name!r}")


def price_key(species, grade):
    return f"price:{species}:{grade}"
