import threading
import time


class SeatPlan:
    def __init__(self, seats):
        self.free = seats
        self.taken = 0
        self.lock = threading.Lock()

    def take(self):
        free = self.free
        time.sleep(0.005)
        self.free = free - 1
        self.taken += 1


class Desks:
    """Stand partners move between desks; each desk has its own lock."""

    def __init__(self, count):
        self.locks = [threading.Lock() for _ in range(count)]
        self.players = [2] * count

    def move(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                self.players[source] -= 1
                self.players[target] += 1


SECTION_SIZES = {"violin": 16, "viola": 6, "cello": 6, "bass": 4, "flute": 3}


def section_size(section):
    return SECTION_SIZES[section]
