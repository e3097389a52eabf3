"""Counters and locks the front office and the water rota share between threads."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SeedOrders:
    """The seed co-op's order book: packets left per variety."""

    def __init__(self, stock):
        self.stock = dict(stock)

    def take(self, variety, packets):
        left = self.stock[variety]
        time.sleep(0.001)
        self.stock[variety] = left - packets


class ShedKeys:
    """Two key cabinets; a swap moves a key from one to the other."""

    def __init__(self):
        self.locks = {"north": threading.Lock(), "south": threading.Lock()}
        self.keys = {"north": 10, "south": 10}

    def move(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                self.keys[source] -= 1
                self.keys[target] += 1


SHED_SIZES = {"A1": 6, "A2": 4, "B1": 6}


def shed_fees(plots):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda plot: SHED_SIZES[plot] * 150, plots))


class Rota:
    def __init__(self):
        self.turns = {}

    def add(self, name, day):
        self.turns[name] = day

    def fill_async(self, names):
        def worker():
            for name in names:
                self.turns[name] = "sat"
                time.sleep(0.0005)
        thread = threading.Thread(target=worker)
        thread.start()
        return thread

    def days(self):
        return [day for _, day in self.turns.items() if time.sleep(0.001) is None]


def water_all(sites, work):
    threads = [threading.Thread(target=work, args=(site,)) for site in sites]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def slow_tally(result):
    time.sleep(0.2)
    result.append("done")
