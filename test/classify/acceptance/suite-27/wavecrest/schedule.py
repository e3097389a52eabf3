"""The weekly programme schedule."""
import datetime as dt
from dataclasses import dataclass


@dataclass
class Slot:
    show: str
    day: dt.date
    start: int  # minute of the day
    length: int  # minutes

    @property
    def end(self):
        return self.start + self.length


class Schedule:
    def __init__(self, today=None):
        self.slots = []
        self.today = today

    def add(self, slot):
        today = self.today or dt.date.today()
        if slot.day < today:
            raise ValueError(f"cannot schedule {slot.show} in the past ({slot.day})")
        for other in self.slots:
            if other.day == slot.day and self._overlap(other, slot):
                raise ValueError(f"{slot.show} overlaps {other.show}")
        self.slots.append(slot)
        return slot

    @staticmethod
    def _overlap(a, b):
        return a.start <= b.end and b.start <= a.end

    def on(self, day):
        return sorted((s for s in self.slots if s.day == day), key=lambda s: s.start)

    def remove(self, show):
        slot = next(s for s in self.slots if s.show == show)
        self.slots.remove(slot)

    def hours_of(self, show):
        return sum(s.length for s in self.slots if s.show == show) / 60

    def lookup(self, show):
        return {s.show: s for s in self.slots}[show]


def week_of(day):
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=i) for i in range(7)]


def playlist_writer(schedule, out):
    import threading
    import time

    def work():
        time.sleep(0.2)
        out.extend(s.show for s in schedule.slots)

    thread = threading.Thread(target=work)
    thread.start()
    return thread
