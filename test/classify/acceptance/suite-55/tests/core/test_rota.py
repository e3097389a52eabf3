from datetime import date, datetime, timedelta, timezone

import pytest

from fellcall import rota

UTC = timezone.utc
NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("hours_ago,hours,on", [(1, 12, True), (11, 12, True), (12, 12, False), (13, 12, False),
                                                (0, 12, True), (5, 4, False), (3, 4, True), (23, 24, True),
                                                (25, 24, False), (2, 2, False)])
def test_on_call_now(hours_ago, hours, on):
    shifts = [{"member": "j.hartley", "start": NOW - timedelta(hours=hours_ago), "hours": hours}]
    assert (rota.on_call_now(shifts, now=NOW) == ["j.hartley"]) is on


@pytest.mark.parametrize("today,expected", [
    (date(2026, 3, 1), date(2026, 3, 1)), (date(2026, 3, 2), date(2026, 4, 5)), (date(2026, 4, 5), date(2026, 4, 5)),
    (date(2026, 4, 6), date(2026, 5, 3)), (date(2026, 5, 3), date(2026, 5, 3)), (date(2026, 6, 1), date(2026, 6, 7)),
    (date(2026, 6, 8), date(2026, 7, 5)), (date(2026, 12, 7), date(2027, 1, 3)), (date(2026, 1, 1), date(2026, 1, 4)),
    (date(2026, 2, 2), date(2026, 3, 1)),
])
def test_next_exercise(today, expected):
    assert rota.next_exercise(today) == expected


def test_hours_since_last_callout():
    last = datetime.now(UTC) - timedelta(hours=3)
    assert round(rota.hours_since(last)) == 3


def test_spring_exercise_is_upcoming():
    assert rota.is_upcoming(date(2026, 4, 5))


@pytest.mark.parametrize("day,today,upcoming", [(date(2026, 4, 5), date(2026, 4, 1), True),
                                                (date(2026, 4, 5), date(2026, 4, 6), False),
                                                (date(2026, 4, 5), date(2026, 4, 5), True)])
def test_is_upcoming(day, today, upcoming):
    assert rota.is_upcoming(day, today=today) is upcoming
