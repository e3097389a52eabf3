"""Caches: brine grades, pan readings, harvests; a file cache for reports."""
import json
import os
import threading
from collections import OrderedDict
from pathlib import Path

from brinewell import settings
from brinewell.clock import now


class TTLCache:
    def __init__(self, ttl, max_entries):
        self.ttl = ttl
        self.max_entries = max_entries
        self.items = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        item = self.items.get(key)
        if item is None or item[1] < now():
            self.misses += 1
            self.items.pop(key, None)
            return None
        self.hits += 1
        self.items.move_to_end(key)
        return item[0]

    def put(self, key, value):
        self.items[key] = (value, now() + self.ttl)
        self.items.move_to_end(key)
        while len(self.items) > self.max_entries:
            self.items.popitem(last=False)


def grade_cache():
    cfg = settings.cache("brine_grades")
    return TTLCache(int(cfg["ttl"]), cfg["max_entries"])


def reading_cache():
    cfg = settings.cache("pan_readings")
    return TTLCache(cfg["ttl_ms"] / 1000, cfg["max_entries"])


def reading_cache_sized():
    cfg = settings.cache("pan_readings")
    return TTLCache(60, cfg["max_entries"])


def small_grade_cache():
    cfg = settings.cache("brine_grades")
    return TTLCache(60, cfg["max_entries"])


def harvest_cache():
    cfg = settings.cache("harvests")
    return TTLCache(cfg["ttl_seconds"], cfg["max_entries"])


def harvest_key(works, pan):
    return f"harvest:{pan}"


class ReportCache:
    def __init__(self, folder=None):
        self.folder = Path(folder or settings.env("BRINEWELL_REPORT_CACHE"))

    def save(self, name, data):
        path = self.folder / f"{name}.json"
        path.write_text(json.dumps(data))
        return path

    def load(self, name):
        return json.loads((self.folder / f"{name}.json").read_text())


class Memo:
    def __init__(self, compute):
        self.compute = compute
        self.values = {}
        self.calls = 0
        self.lock = threading.Lock()

    def get(self, key):
        if key not in self.values:
            self.calls += 1
            value = self.compute(key)
            self.values[key] = value
        return self.values[key]


def cache_dir_size(folder):
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
