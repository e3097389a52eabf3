from datetime import datetime

from ferrylane import schedule


def test_next_day_keeps_local_departure_time():
    departs = schedule.parse_departure("2026-10-24 14:30")
    assert schedule.next_day(departs).hour == 14


def test_next_day_in_summer():
    departs = schedule.parse_departure("2026-06-10 09:00")
    assert schedule.next_day(departs).hour == 9


def test_minutes_between():
    a = schedule.parse_departure("2026-06-10 09:00")
    b = schedule.parse_departure("2026-06-10 10:15")
    assert schedule.minutes_between(a, b) == 75


def test_parse_departure_from_timetable():
    assert schedule.parse_departure("2026-12-01 14:30").minute == 30
