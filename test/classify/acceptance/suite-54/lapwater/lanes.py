"""Lane timetables: sessions of the pools' lanes."""
from datetime import datetime, timedelta, timezone

SPEEDS = ("slow", "medium", "fast")


def sessions(start, end, length_minutes=45):
    out = []
    at = start
    while at + timedelta(minutes=length_minutes) <= end:
        out.append((at, at + timedelta(minutes=length_minutes)))
        at += timedelta(minutes=length_minutes)
    return out


def lane_for(speed, lanes):
    index = SPEEDS.index(speed)
    return min(index * lanes // len(SPEEDS), lanes - 1)


def starts_in(session_start):
    return session_start - datetime.now(timezone.utc)


def capacity(lanes, per_lane=8):
    return lanes * per_lane


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def swimmers_per_lane(swimmers, lanes):
    return swimmers // lanes + (1 if swimmers % lanes else 0)


def last_entry(closing, minutes_before=30):
    return closing - timedelta(minutes=minutes_before)


def session_label(start):
    return start.strftime("%a %H:%M")


def minutes_to(timetable_time):
    start = datetime.strptime(timetable_time, "%Y-%m-%d %H:%M")
    return (start - datetime.now(timezone.utc)).total_seconds() / 60
