"""The depot floor: a rate limiter for carrier calls, locker banks under locks, parallel tracking lookups."""

import threading
from concurrent.futures import ThreadPoolExecutor


class RateLimiter:
    """At most `capacity` carrier calls per window; the carrier is told of each call it grants."""

    def __init__(self, capacity, report):
        self.capacity = capacity
        self.used = 0
        self.report = report

    def acquire(self):
        used = self.used
        if used >= self.capacity:
            return False
        self.report()
        self.used = used + 1
        return True


class LockerBanks:
    """Parcels move between locker banks; each bank has its own lock."""

    def __init__(self, names, wait=1.0):
        self.locks = {name: threading.Lock() for name in names}
        self.parcels = {name: [] for name in names}
        self.wait = wait

    def move(self, parcel, source, target, hold=0.0):
        first, second = self.locks[source], self.locks[target]
        if not first.acquire(timeout=self.wait):
            raise TimeoutError(f"locker bank {source!r} still locked after {self.wait} s")
        try:
            if hold:
                threading.Event().wait(hold)
            if not second.acquire(timeout=self.wait):
                raise TimeoutError(f"locker bank {target!r} still locked after {self.wait} s")
            try:
                self.parcels[source].remove(parcel)
                self.parcels[target].append(parcel)
            finally:
                second.release()
        finally:
            first.release()


def track_all(status, parcels, workers=8):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(zip(parcels, pool.map(status, parcels)))


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add(self, n=1):
        with self.lock:
            self.value += n
