"""In-process caches of strands, orders, yarn and grades, configured by config/cache.yaml."""
import time
from collections import OrderedDict

from ropewalk import core, settings


class Cache:
    def __init__(self, ttl, max_entries, eviction="fifo"):
        self.ttl = ttl
        self.max_entries = max_entries
        self.eviction = eviction
        self._data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def put(self, key, value):
        if key not in self._data and len(self._data) >= self.max_entries:
            self._data.popitem(last=False)
        self._data[key] = (time.monotonic() + self.ttl, value)
        self._data.move_to_end(key)

    def get(self, key):
        entry = self._data.get(key)
        if entry is None or entry[0] < time.monotonic():
            self.misses += 1
            return None
        if self.eviction == "lru":
            self._data.move_to_end(key)
        self.hits += 1
        return entry[1]

    def __len__(self):
        return len(self._data)


def named(name):
    conf = settings.caches()[name]
    return Cache(conf["ttl"], conf["max_entries"], conf.get("eviction", "fifo"))


def plant_region(plant):
    conf = settings.caches()["plants"][plant]
    return conf["region"].lower()


def sweep_interval():
    return core.parse_duration(settings.caches()["sweep"]["interval"])


_grade_memo = {}


def grade_of(ledger, batch):
    if batch not in _grade_memo:
        _grade_memo[batch] = ledger[batch]
    return _grade_memo[batch]


def strand_key(plant, strand):
    return f"{plant}{strand}"
