"""The wash queue shared between the shop's tills (threads)."""
import threading
import time


class WashQueue:
    def __init__(self):
        self.free = {}
        self.waiting = []
        self.lock = threading.Lock()
        self.ledger_lock = threading.Lock()

    def add_machine(self, machine):
        self.free[machine] = True

    def claim(self):
        for machine, is_free in self.free.items():
            if is_free:
                time.sleep(0.001)
                self.free[machine] = False
                return machine
        return None

    def move(self, source, target):
        with self.lock:
            time.sleep(0.05)
            with self.ledger_lock:
                self.free[target] = self.free.pop(source)

    def settle(self, machine):
        with self.ledger_lock:
            time.sleep(0.05)
            with self.lock:
                self.free[machine] = True


class StampCard:
    def __init__(self):
        self.stamps = 0

    def stamp(self):
        current = self.stamps
        time.sleep(0.0001)
        self.stamps = current + 1
