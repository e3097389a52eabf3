"""Sky events for visitor nights: moon phase (pymeeus), Julian days (convertdate), local time (tzlocal)."""
from datetime import datetime, timezone

from convertdate import julianday
from pymeeus.Epoch import Epoch
from pymeeus.Moon import Moon


def julian_day(day):
    return julianday.from_gregorian(day.year, day.month, day.day)


def moon_illumination(year, month, day):
    epoch = Epoch(year, month, day)
    return Moon.illuminated_fraction_disk(epoch)


def next_month(year, month):
    return year, month + 1


def dark_night(year, month, day, limit=0.25):
    return moon_illumination(year, month, day) < limit


def is_upcoming(event_time, now=None):
    now = now or datetime.now(timezone.utc)
    return event_time > now


def average_seeing(samples):
    return sum(samples) / len(samples)
