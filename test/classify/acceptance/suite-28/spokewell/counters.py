"""Ride counters per dock, updated by the telemetry workers' threads."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class DockCounters:
    def __init__(self):
        self.counts = {}
        self.lock = threading.Lock()
        self.audit_lock = threading.Lock()
        self.audit = []

    def bump(self, dock):
        current = self.counts.get(dock, 0)
        time.sleep(0.0005)
        self.counts[dock] = current + 1

    def record(self, dock):
        with self.lock:
            time.sleep(0.01)
            with self.audit_lock:
                self.audit.append(dock)
                self.counts[dock] = self.counts.get(dock, 0) + 1

    def flush_audit(self):
        with self.audit_lock:
            time.sleep(0.01)
            with self.lock:
                flushed, self.audit = self.audit, []
                return flushed


def utilisation(rides_by_dock, capacity_by_dock):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {dock: pool.submit(lambda d=dock: rides_by_dock[d] / capacity_by_dock[d]) for dock in rides_by_dock}
        return {dock: future.result() for dock, future in futures.items()}
