"""Night-flow leak accounting shared between threads of the ingest workers."""

import threading
import time


class ZoneTotals:
    def __init__(self):
        self.litres = {}
        self._lock = threading.Lock()

    def add(self, zone, litres):
        current = self.litres.get(zone, 0)
        time.sleep(0)  # the reading is parsed here in the real worker
        self.litres[zone] = current + litres

    def snapshot(self):
        return {zone: total for zone, total in self.litres.items()}


class Transfer:
    """Moves a meter between two zones' rosters, each with its own lock."""

    def __init__(self):
        self.locks = {"north": threading.Lock(), "south": threading.Lock()}
        self.rosters = {"north": {"m1", "m2"}, "south": {"m3"}}

    def move(self, meter, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                self.rosters[source].discard(meter)
                self.rosters[target].add(meter)


class Watchlist:
    def __init__(self):
        self.meters = {}

    def flag(self, meter, reason):
        self.meters[meter] = reason

    def expire(self, older_than):
        for meter, reason in self.meters.items():
            if reason["age"] > older_than:
                del self.meters[meter]
