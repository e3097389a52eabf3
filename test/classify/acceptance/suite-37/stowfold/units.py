"""Units, their sizes and who may enter them."""
import threading
import time


SIZES = {"locker": 15, "small": 25, "medium": 50, "large": 100}


def size_of(unit_type):
    return SIZES[unit_type]


def access_code(unit, customer_id):
    return f"{unit[:2].upper()}{customer_id % 10000:04d}"


class Occupancy:
    """Free units per site, shared by the desk's threads."""

    def __init__(self, free):
        self.free = free
        self.lock = threading.Lock()

    def take(self):
        free = self.free
        time.sleep(0.001)
        self.free = free - 1


class Transfer:
    """Moves a customer between two units, locking both."""

    def __init__(self):
        self.locks = {}

    def lock_of(self, unit):
        return self.locks.setdefault(unit, threading.Lock())

    def move(self, source, target, pause=0.1):
        with self.lock_of(source):
            time.sleep(pause)
            with self.lock_of(target):
                return (source, target)


_REGISTER = []


def register_move_in(unit):
    _REGISTER.append(unit)
    return len(_REGISTER)
