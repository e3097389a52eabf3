"""Concurrency: liability counters, repricing in processes, worker pools, alarms."""
import concurrent.futures
import signal
import threading
import time


class Liability:
    def __init__(self):
        self.total = 0

    def add(self, stake):
        current = self.total
        time.sleep(0.0001)
        self.total = current + stake


class Book:
    def __init__(self):
        self.prices = threading.Lock()
        self.exposure = threading.Lock()

    def reprice(self):
        with self.prices:
            time.sleep(0.05)
            with self.exposure:
                return True

    def hedge(self):
        with self.exposure:
            time.sleep(0.05)
            with self.prices:
                return True


def reprice_all(markets, margin):
    def price(market):
        return {k: v * (1 + margin) for k, v in market.items()}

    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(price, markets))


class Slots:
    def __init__(self, size):
        self.sem = threading.BoundedSemaphore(size)

    def run(self, job):
        self.sem.acquire()
        try:
            return job()
        finally:
            self.sem.release()
            if getattr(job, "retried", False):
                self.sem.release()


def with_deadline(seconds, fn):
    def handler(signum, frame):
        raise TimeoutError("deadline")

    signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)


def deadline_in_thread(seconds, fn):
    result = {}

    def run():
        result["value"] = with_deadline(seconds, fn)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(run).result()
    return result["value"]
