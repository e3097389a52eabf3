"""Dock state: bikes reserved and returned under a per-dock lock (fasteners)."""
import os
import time

import fasteners

from spokewell import settings


class LockTimeout(Exception):
    pass


class Dock:
    def __init__(self, dock_id, capacity, bikes, lock_dir=None):
        self.dock_id = dock_id
        self.capacity = capacity
        self.bikes = bikes
        self.lock_dir = lock_dir or settings.LOCK_DIR
        self.rw = fasteners.ReaderWriterLock()

    def _lock(self):
        return fasteners.InterProcessLock(os.path.join(self.lock_dir, f"dock-{self.dock_id}.lock"))

    def reserve(self, timeout=None):
        lock = self._lock()
        if not lock.acquire(timeout=timeout):
            raise LockTimeout(f"dock {self.dock_id}: lock not acquired within {timeout}s")
        try:
            available = self.bikes
            time.sleep(0.001)
            if available <= 0:
                raise ValueError(f"dock {self.dock_id} is empty")
            self.bikes = available - 1
            return self.bikes
        finally:
            lock.release()

    def give_back(self):
        with self._lock():
            if self.bikes >= self.capacity:
                raise ValueError(f"dock {self.dock_id} is full")
            self.bikes += 1
            return self.bikes

    def free_slots(self):
        with self.rw.read_lock():
            return self.capacity - self.bikes

    def rebalance_to(self, target):
        with self.rw.read_lock():
            if self.bikes == target:
                return 0
            with self.rw.write_lock():
                moved = target - self.bikes
                self.bikes = target
                return moved
