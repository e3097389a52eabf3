"""Caches: yarn stock in process, loom plans by mill and loom, pattern files on disk."""
import collections
import json
import os
import threading
import time
from pathlib import Path

from loomhouse import settings


class TTLCache:
    """Entries kept for ttl seconds, then loaded again."""

    def __init__(self, loader, ttl):
        self.loader = loader
        self.ttl = ttl
        self.loads = 0
        self._entries = {}

    def get(self, key):
        if key in self._entries:
            value, _stored = self._entries[key]
            return value
        self.loads += 1
        value = self.loader(key)
        self._entries[key] = (value, time.monotonic())
        return value


class YarnStock:
    """Reads of the yarn store, cached until the store changes."""

    def __init__(self, store):
        self.store = store
        self._cached = {}
        self.reads = 0

    def count(self, yarn):
        if yarn not in self._cached:
            self.reads += 1
            self._cached[yarn] = self.store[yarn]
        return self._cached[yarn]

    def take(self, yarn, cones):
        self.store[yarn] -= cones


class LoomPlans:
    """Plans per (mill, loom)."""

    def __init__(self):
        self._plans = {}

    def _key(self, mill, loom):
        return f"plan:{mill}{loom}"

    def put(self, mill, loom, plan):
        self._plans[self._key(mill, loom)] = plan

    def get(self, mill, loom):
        return self._plans.get(self._key(mill, loom))


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._data = collections.OrderedDict()

    def get(self, key, loader):
        if key in self._data:
            self.hits += 1
            self._data.move_to_end(key)
            return self._data[key]
        self.misses += 1
        if len(self._data) >= self.capacity:
            self._data.popitem(last=False)
        self._data[key] = loader(key)
        return self._data[key]

    def __len__(self):
        return len(self._data)


class SharedLoader:
    """One load for a key, however many threads ask at once."""

    def __init__(self, loader):
        self.loader = loader
        self.loads = 0
        self._values = {}
        self._lock = threading.Lock()

    def get(self, key):
        if key not in self._values:
            value = self.loader(key)
            with self._lock:
                self.loads += 1
                self._values[key] = value
        return self._values[key]


class PatternFiles:
    """Pattern drafts kept as JSON files."""

    def __init__(self, directory=None):
        self.directory = Path(directory or settings.service()["cache"]["dir"])
        os.makedirs(self.directory, exist_ok=True)

    def put(self, name, draft):
        (self.directory / f"{name}.json").write_text(json.dumps(draft), encoding="utf-8")

    def get(self, name):
        path = self.directory / f"{name}.json"
        if not path.exists():
            return None
        return json.loads(path.read_text(encoding="utf-8"))


class Memo:
    """A value loaded once and kept for ttl seconds."""

    def __init__(self, loader, ttl):
        self.loader = loader
        self.ttl = ttl
        self._value = None
        self._at = None

    def get(self):
        if self._at is None or time.monotonic() - self._at >= self.ttl:
            self._value = self.loader()
            self._at = time.monotonic()
        return self._value
