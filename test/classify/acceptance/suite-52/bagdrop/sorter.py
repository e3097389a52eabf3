"""The belt sorter: bags routed to chutes by a pool of workers, belts and chutes guarded by locks."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from . import settings

_pool = ThreadPoolExecutor(max_workers=settings.SORTER_WORKERS, thread_name_prefix="sorter")


def screen(bag):
    time.sleep(0.01)
    return {**bag, "screened": True}


def route(bag):
    screened = _pool.submit(screen, bag)
    return {**screened.result(timeout=1), "chute": bag["flight"][-1]}


def route_all(bags):
    futures = [_pool.submit(route, bag) for bag in bags]
    return [future.result(timeout=2) for future in futures]


class Chute:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.bags = 0


class Belt:
    def __init__(self, chutes):
        self.chutes = {chute.name: chute for chute in chutes}
        self.count = 0
        self.weights = [23] * 20000
        self.lock = threading.Lock()

    def drop(self, name):
        chute = self.chutes[name]
        current = chute.bags
        time.sleep(0)
        chute.bags = current + 1

    def tally(self):
        with self.lock:
            seen = self.count
        self.load = sum(weight for weight in self.weights if weight)
        with self.lock:
            self.count = seen + 1

    def swap(self, first, second):
        a, b = self.chutes[first], self.chutes[second]
        with a.lock:
            time.sleep(0.05)
            with b.lock:
                a.bags, b.bags = b.bags, a.bags


class Carousel:
    """Bags are announced on a condition; a reader waits for the next bag."""

    def __init__(self):
        self.cond = threading.Condition()
        self.bags = []

    def announce(self, bag):
        with self.cond:
            self.bags.append(bag)
            self.cond.notify()

    def next_bag(self):
        with self.cond:
            self.cond.wait()
            return self.bags.pop(0)


def unload(flights, belts):
    """Starts one unloading thread per flight and belt."""
    threads = []
    for flight in flights:
        for belt in range(belts):
            thread = threading.Thread(target=time.sleep, args=(0.2,), name=f"unload-{flight}-{belt}")
            thread.start()
            threads.append(thread)
    for thread in threads:
        thread.join()
    return len(threads)
