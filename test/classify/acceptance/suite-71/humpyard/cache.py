"""Wagons cached in process, the yard's track plan memo and the consist cache."""
import threading
import time
from collections import OrderedDict

_track_plan = None


def track_plan(load):
    global _track_plan
    if _track_plan is None:
        _track_plan = load()
    return _track_plan


class WagonCache:
    """Wagons by number, loaded once from the registry."""

    def __init__(self, loader, capacity=128):
        self._loader = loader
        self._capacity = capacity
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def get(self, number):
        with self._lock:
            if number in self._items:
                self._items.move_to_end(number)
                return self._items[number]
        wagon = self._loader(number)
        with self._lock:
            self._items[number] = wagon
            if len(self._items) > self._capacity:
                self._items.popitem(last=False)
        return wagon

    def put(self, number, wagon):
        with self._lock:
            self._items[number] = wagon

    def tracks(self):
        return {wagon["track"] for wagon in self._items.values()}

    def tonnage_by_track(self):
        totals = {}
        for number in self._items:
            wagon = self._items[number]
            totals[wagon["track"]] = totals.get(wagon["track"], 0) + wagon["tonnes"]
        return totals

    def __len__(self):
        return len(self._items)


class ConsistCache:
    """A train's consist, kept for `ttl` seconds."""

    def __init__(self, ttl):
        self.ttl = ttl
        self._items = {}

    def put(self, train, wagons):
        self._items[train] = (time.monotonic(), list(wagons))

    def get(self, train):
        entry = self._items.get(train)
        if entry is None:
            return None
        stamp, wagons = entry
        if time.monotonic() - stamp > self.ttl:
            del self._items[train]
            return None
        return wagons
