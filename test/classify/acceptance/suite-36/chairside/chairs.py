"""The chair scheduler: clinicians book chairs for sessions from several front-desk threads."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class ChairBoard:
    def __init__(self, chairs):
        self.bookings = {chair: [] for chair in chairs}
        self.locks = {chair: threading.Lock() for chair in chairs}
        self.sessions_started = 0

    def book(self, chair, slot, clinician):
        if any(taken == slot for taken, _ in self.bookings[chair]):
            return False
        time.sleep(0.001)
        self.bookings[chair].append((slot, clinician))
        return True

    def start_session(self):
        current = self.sessions_started
        time.sleep(0.0001)
        self.sessions_started = current + 1

    def swap(self, first, second):
        """Moves the last booking of one chair to another, holding both chairs."""
        with self.locks[first]:
            time.sleep(0.05)
            with self.locks[second]:
                self.bookings[second].append(self.bookings[first].pop())


PROCEDURE_MINUTES = {"checkup": 20, "filling": 40, "extraction": 45, "crown": 90, "hygiene": 30}


def day_plan(procedures):
    def minutes(procedure):
        return PROCEDURE_MINUTES[procedure]

    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(pool.map(minutes, procedures))


class Sterilizer:
    """A steriliser frees a tray some time after a session ends."""

    def __init__(self):
        self.free = []

    def release_later(self, tray, delay):
        threading.Timer(delay, self.free.append, args=(tray,)).start()

    def take(self):
        return self.free.pop() if self.free else None
