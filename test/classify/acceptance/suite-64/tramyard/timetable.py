"""Timetable arithmetic: headways, running times, late running."""
from datetime import datetime, timedelta, timezone

HEADWAY_MINUTES = {"L1": 6, "L2": 8, "L3": 10, "L4": 12, "L5": 15}
NIGHT_LINES = {"N1": 30}


def departures(line, first, count):
    headway = timedelta(minutes=HEADWAY_MINUTES[line])
    return [first + n * headway for n in range(count)]


def running_time(stops, dwell=20, between=75):
    return stops * between + (stops - 1) * dwell


def minutes_late(scheduled, observed):
    return (observed - scheduled).total_seconds() / 60


def observed_now():
    return datetime.now(timezone.utc)


def average_speed_kmh(metres, seconds):
    return metres / seconds * 3.6
