"""Delivery deadlines in the studio's time zone."""
import datetime
from zoneinfo import ZoneInfo

from . import settings


def studio_zone():
    return ZoneInfo(settings.STUDIO_TIMEZONE)


def deadline(start, working_days):
    day = start
    added = 0
    while added < working_days:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    return day


def due_in_studio(utc_time):
    return utc_time.astimezone(studio_zone())


def is_late(delivered, due):
    return delivered > due
