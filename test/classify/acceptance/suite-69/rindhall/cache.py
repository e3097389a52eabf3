"""Stock per cave in an in-process cache, its settings in config/cache.yaml, spills to disk."""
import json
import time

import yaml

from . import settings


def load_config():
    with open(settings.CONFIG / "cache.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class StockCache:
    def __init__(self, ttl_ms=5000, clock=time.monotonic):
        self.ttl_ms = ttl_ms
        self.clock = clock
        self.entries = {}

    def put(self, key, value):
        self.entries[key] = (value, self.clock() + self.ttl_ms)

    def get(self, key):
        value, expires = self.entries.get(key, (None, 0))
        if self.clock() >= expires:
            self.entries.pop(key, None)
            return None
        return value


_CAVE_NAMES = {}


def cave_name(stock, cave_id):
    if cave_id not in _CAVE_NAMES:
        _CAVE_NAMES[cave_id] = stock[cave_id]["name"]
    return _CAVE_NAMES[cave_id]


def rename_cave(stock, cave_id, name):
    stock[cave_id]["name"] = name


def spill(key, value, folder=None):
    folder = folder or settings.READONLY / "spill"
    path = folder / f"{key}.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    return path
