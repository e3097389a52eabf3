"""Hot-desk allocation shared between the booking workers of one site."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class DeskBoard:
    def __init__(self, desks):
        self.free = {desk: True for desk in desks}
        self.booked = 0
        self.locks = {desk: threading.Lock() for desk in desks}

    def book_any(self):
        count = self.booked
        time.sleep(0.001)
        self.booked = count + 1

    def swap(self, first, second):
        """Moves a member between two desks, holding both."""
        with self.locks[first]:
            time.sleep(0.05)
            with self.locks[second]:
                self.free[first], self.free[second] = self.free[second], self.free[first]


FLOORS = {"ground": ["g1", "g2"], "mezzanine": ["m1"]}


def desks_on(floor):
    return FLOORS[floor]


def census(floors):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(len(found) for found in pool.map(desks_on, floors))


class CheckIns:
    def __init__(self):
        self.seen = []

    def record_later(self, member, delay=0.3):
        threading.Timer(delay, self.seen.append, args=(member,)).start()
