"""The cave hands' threads: turning rounds, the wheel counter, background brine checks."""
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class WheelCounter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def add(self, wheels):
        current = self.count
        time.sleep(0)
        self.count = current + wheels


def worker_count():
    return int(os.environ.get("RINDHALL_WORKERS", "4"))


def turning_round(shelves, turn):
    pool = ThreadPoolExecutor(max_workers=4)
    results = list(pool.map(turn, shelves))
    return results


def turning_round_closed(shelves, turn):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(turn, shelves))


class BrineChecker:
    def __init__(self, delay=0.3):
        self.delay = delay
        self.done = threading.Event()
        self.result = None

    def start(self):
        def run():
            time.sleep(self.delay)
            self.result = "brine 18%"
            self.done.set()

        threading.Thread(target=run, daemon=True).start()


class Shelf:
    def __init__(self):
        self.lock = threading.Lock()
        self.wheels = []

    def place(self, wheel):
        with self.lock:
            self.wheels.append(wheel)
