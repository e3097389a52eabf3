"""The finds register: find numbers, the day's counter, trench locks and the shared day book."""
import threading
import time


def next_find_number(site, taken):
    """The next free number on a site: one more than the highest taken, formatted SITE-0001."""
    highest = max(taken, default=0)
    return f"{site}-{highest:04d}"


class FindCounter:
    """How many finds the trench teams have bagged today."""

    def __init__(self):
        self.count = 0

    def bag(self, pause=0.0):
        current = self.count
        if pause:
            time.sleep(pause)
        self.count = current + 1


class Trench:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.finds = []


def transfer_find(find, source, target):
    """Moves a find between trenches (a context re-assigned)."""
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            source.finds.remove(find)
            target.finds.append(find)


class DayBook:
    """The finds of the day by number, written by the trench teams and read by the evening export."""

    def __init__(self):
        self.entries = {}

    def record(self, number, material):
        self.entries[number] = material

    def export(self, pause=0.0):
        lines = []
        for number, material in self.entries.items():
            if pause:
                time.sleep(pause)
            lines.append(f"{number},{material}")
        return lines
