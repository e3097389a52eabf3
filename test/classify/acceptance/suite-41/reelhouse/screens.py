"""Screen allocation shared between the box office's booking threads, and the projection booth's schedule."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SeatCounter:
    def __init__(self, capacity):
        self.capacity = capacity
        self.sold = 0
        self.locks = {"screen-1": threading.Lock(), "screen-2": threading.Lock()}

    def sell_one(self):
        sold = self.sold
        time.sleep(0.001)
        self.sold = sold + 1

    def move_booking(self, source, target):
        """Moves a party between two screens, holding both."""
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return source, target


SCHEDULE = {"screen-1": ["14:00", "17:30"], "screen-2": ["15:00"]}


def shows_on(screen):
    return SCHEDULE[screen]


def shows_today(screens):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(len(found) for found in pool.map(shows_on, screens))


class Announcements:
    def __init__(self):
        self.sent = []

    def send_later(self, message, delay=0.3):
        threading.Timer(delay, self.sent.append, args=(message,)).start()
