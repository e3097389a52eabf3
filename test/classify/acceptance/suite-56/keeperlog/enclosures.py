"""Enclosures: locks on enclosures and animals, the gate counter, capacity."""
import random
import threading
import time

from keeperlog import settings


class LockTimeout(RuntimeError):
    pass


class Enclosure:
    def __init__(self, enclosure_id, capacity):
        self.id = enclosure_id
        self.capacity = capacity
        self.animals = []
        self.lock = threading.Lock()


class Animal:
    def __init__(self, animal_id):
        self.id = animal_id
        self.enclosure = None
        self.lock = threading.Lock()


def _take(lock, what):
    if not lock.acquire(timeout=settings.LOCK_WAIT):
        raise LockTimeout(f"{what} lock not acquired within {settings.LOCK_WAIT:.1f} s")


def move_animal(animal, target):
    """Takes the animal's lock, then the enclosure's."""
    _take(animal.lock, f"animal {animal.id}")
    try:
        time.sleep(0.1)
        _take(target.lock, f"enclosure {target.id}")
        try:
            target.animals.append(animal.id)
            animal.enclosure = target.id
        finally:
            target.lock.release()
    finally:
        animal.lock.release()


def close_enclosure(enclosure, animals):
    """Takes the enclosure's lock, then each animal's."""
    _take(enclosure.lock, f"enclosure {enclosure.id}")
    try:
        time.sleep(0.1)
        for animal in animals:
            _take(animal.lock, f"animal {animal.id}")
            animal.lock.release()
        enclosure.animals.clear()
    finally:
        enclosure.lock.release()


class GateCounter:
    """Visitors through the turnstiles of the walk-through aviary."""

    def __init__(self):
        self.count = 0

    def admit(self):
        current = self.count
        # The turnstile's sensor is read between the two; usually at once.
        time.sleep(random.choice([0, 0, 0.05]))
        self.count = current + 1


def fits(enclosure, count):
    return len(enclosure.animals) + count <= enclosure.capacity
