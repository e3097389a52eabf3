"""Loading shelves into a kiln from the members' threads."""
import collections
import queue
import threading
import time


class Kiln:
    def __init__(self, shelves):
        self.shelves = shelves
        self.loaded = 0
        self.lock = threading.Lock()
        self.log_lock = threading.Lock()
        self.log = []

    def load(self, count):
        if self.loaded + count > self.shelves:
            raise ValueError("kiln full")
        current = self.loaded
        time.sleep(0)  # lets the kiln's door sensor thread run between shelves
        self.loaded = current + count

    def load_locked(self, count):
        with self.lock:
            with self.log_lock:
                self.log.append(count)
                self.load(count)

    def unload_logged(self, count):
        with self.log_lock:
            with self.lock:
                self.log.append(-count)
                self.loaded -= count


class Queue:
    """Pieces waiting for a firing, grouped by cone."""

    def __init__(self):
        self.by_cone = collections.defaultdict(list)

    def add(self, cone, piece):
        self.by_cone[cone].append(piece)

    def drop_empty(self):
        for cone in self.by_cone:
            if not self.by_cone[cone]:
                del self.by_cone[cone]


def glaze_workers(jobs, results, count=4):
    def work():
        while True:
            job = jobs.get()
            if job is None:
                return
            results.put((job["piece"], job["grams"] / job["coats"]))
    threads = [threading.Thread(target=work, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def start_pool(size):
    threads = []
    for _ in range(size):
        thread = threading.Thread(target=threading.Event().wait, args=(2,), daemon=True)
        thread.start()
        threads.append(thread)
    return threads
