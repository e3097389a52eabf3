"""Team availability and callout counters."""
import threading
import time

_availability = {}


def set_available(member, available, store):
    store[member] = available


def available_members(store):
    key = "all"
    if key not in _availability:
        _availability[key] = sorted(m for m, ok in store.items() if ok)
    return _availability[key]


class CalloutCounter:
    def __init__(self):
        self.count = 0

    def record(self):
        current = self.count
        time.sleep(0.0001)
        self.count = current + 1


class KitTimer:
    """Kit checked out is flagged after ttl seconds."""

    def __init__(self, ttl):
        self.ttl = ttl
        self.out = {}

    def check_out(self, item):
        self.out[item] = time.monotonic()

    def overdue(self):
        now = time.monotonic()
        return sorted(item for item, at in self.out.items() if now - at >= self.ttl)


def brief_all(members, send):
    threads = [threading.Thread(target=lambda m=m: (time.sleep(0.05 * (i + 1)), send(m)))
               for i, m in enumerate(members)]
    for t in threads:
        t.start()
    return threads
