"""The works floor: pan tallies, a worker pool, the harvest queue, the pan locks."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from brinewell import settings


class LockTimeout(Exception):
    pass


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n=1):
        current = self.count
        time.sleep(0)
        self.count = current + n


class SafeTally:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def add(self, n=1):
        with self.lock:
            self.count += n


def pool():
    return ThreadPoolExecutor(max_workers=settings.service()["service"]["workers"])


def grade_pan(executor, pan):
    readings = [executor.submit(lambda i=i: pan * 10 + i) for i in range(3)]
    return sum(f.result(timeout=2) for f in readings)


def grade_all(pans):
    executor = pool()
    try:
        jobs = [executor.submit(grade_pan, executor, pan) for pan in pans]
        return [job.result(timeout=3) for job in jobs]
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def harvest_queue():
    return queue.Queue(maxsize=settings.service()["service"]["queue_size"])


def enqueue_harvests(q, harvests):
    for harvest in harvests:
        q.put_nowait(harvest)


def max_inflight():
    return settings.env_int("BRINEWELL_MAX_INFLIGHT", 4)


class PanLock:
    def __init__(self):
        self.lock = threading.Lock()
        self.timeout = settings.service()["service"]["lock_timeout"]

    def run(self, work):
        if not self.lock.acquire(timeout=self.timeout):
            raise LockTimeout(f"pan lock not acquired within {self.timeout}s")
        try:
            return work()
        finally:
            self.lock.release()


class Reservations:
    def __init__(self, slots):
        self.slots = slots
        self.taken = []

    def reserve(self, who):
        if len(self.taken) < self.slots:
            time.sleep(0.0005)
            self.taken.append(who)
            return True
        return False
