"""Lesson booking shared by the office's worker threads: the last slot of a day, the car rota, block purchases."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

INSTRUCTOR_RATES = {"amrit": 38, "bea": 40, "colm": 36}


class Diary:
    def __init__(self, free):
        self.free = set(free)
        self.booked = []

    def book(self, learner, slot):
        if slot in self.free:
            time.sleep(0.01)  # writes the booking to the diary service
            self.booked.append((learner, slot))
            self.free.discard(slot)
            return True
        return False


class Credit:
    def __init__(self):
        self.hours = 0

    def add(self, hours):
        current = self.hours
        time.sleep(0.001)
        self.hours = current + hours


class CarRota:
    def __init__(self):
        self.cars = threading.Lock()
        self.instructors = threading.Lock()

    def assign_car(self):
        with self.cars:
            time.sleep(0.05)
            with self.instructors:
                return "car-1"

    def assign_instructor(self):
        with self.instructors:
            time.sleep(0.05)
            with self.cars:
                return "amrit"


def quote_block(bookings):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(pool.map(lambda b: INSTRUCTOR_RATES[b["instructor"]] * b["hours"], bookings))


class Reminders:
    def __init__(self):
        self.sent = []

    def send_later(self, learner, delay):
        threading.Timer(delay, self.sent.append, args=(learner,)).start()


class TheoryRoom:
    """The theory room: one async session at a time."""

    def __init__(self):
        self.lock = asyncio.Lock()

    async def run_session(self, learners):
        await self.lock.acquire()
        if not learners:
            raise ValueError("empty session")
        await asyncio.sleep(0)
        self.lock.release()
        return len(learners)
