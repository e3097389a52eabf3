"""Locker assignments from the changing-room threads."""
import threading
import time


class Lockers:
    def __init__(self, count):
        self.free = count
        self.lock = threading.Lock()
        self.log_lock = threading.Lock()
        self.log = []

    def take(self):
        free = self.free
        time.sleep(0.001)
        self.free = free - 1

    def swap(self, note):
        with self.lock:
            time.sleep(0.05)
            with self.log_lock:
                self.log.append(note)

    def audit(self):
        with self.log_lock:
            time.sleep(0.05)
            with self.lock:
                return list(self.log)
