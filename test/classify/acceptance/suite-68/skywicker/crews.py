"""Retrieve crews and the propane store: counters updated by the crews' threads, two locks for the trailer and truck."""
import threading
import time


class PropaneStore:
    def __init__(self, cylinders):
        self.cylinders = cylinders

    def take(self):
        left = self.cylinders
        time.sleep(0.001)  # the scale is read before the store is written
        self.cylinders = left - 1


class Yard:
    def __init__(self):
        self.trailer = threading.Lock()
        self.truck = threading.Lock()

    def hitch(self):
        with self.trailer:
            time.sleep(0.05)
            if not self.truck.acquire(timeout=1):
                raise TimeoutError("truck lock not acquired within 1s (trailer held)")
            self.truck.release()

    def load_basket(self):
        with self.truck:
            time.sleep(0.05)
            if not self.trailer.acquire(timeout=1):
                raise TimeoutError("trailer lock not acquired within 1s (truck held)")
            self.trailer.release()


def run_crews(target, count):
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
