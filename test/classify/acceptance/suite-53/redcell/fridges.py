"""Fridge telemetry and the crossmatch bench's workers."""
import threading
import time


class Counter:
    def __init__(self):
        self.readings = 0

    def record(self):
        current = self.readings
        time.sleep(0)
        self.readings = current + 1


class Bench:
    def __init__(self):
        self.samples = threading.Lock()
        self.reagents = threading.Lock()

    def crossmatch(self):
        with self.samples:
            time.sleep(0.05)
            with self.reagents:
                return "compatible"

    def restock(self):
        with self.reagents:
            time.sleep(0.05)
            with self.samples:
                return "restocked"


def alarm_after(readings, limit, results):
    def watch():
        time.sleep(0.3)
        results.append(any(reading > limit for reading in readings))
    thread = threading.Thread(target=watch)
    thread.start()
    return thread
