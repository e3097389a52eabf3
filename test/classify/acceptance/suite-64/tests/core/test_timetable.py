from datetime import date, datetime, timedelta

import pytest

from tramyard import timetable


@pytest.mark.parametrize("line", sorted(timetable.HEADWAY_MINUTES))
@pytest.mark.parametrize("count", [1, 2, 5, 10, 20, 40])
def test_departures_spaced_by_headway(line, count):
    first = datetime(2026, 12, 7, 5, 30)
    times = timetable.departures(line, first, count)
    assert len(times) == count
    assert all(b - a == timedelta(minutes=timetable.HEADWAY_MINUTES[line]) for a, b in zip(times, times[1:]))


@pytest.mark.parametrize("stops", range(2, 22))
def test_running_time_grows(stops):
    assert timetable.running_time(stops + 1) > timetable.running_time(stops)


def test_minutes_late_against_now():
    scheduled = datetime(2026, 12, 7, 8, 0)
    assert timetable.minutes_late(scheduled, timetable.observed_now()) >= 0


@pytest.mark.parametrize(("scheduled", "observed", "late"), [((8, 0), (8, 3), 3.0), ((8, 10), (8, 9), -1.0), ((9, 0), (9, 0), 0.0)])
def test_minutes_late(scheduled, observed, late):
    day = datetime(2026, 12, 7)
    assert timetable.minutes_late(day.replace(hour=scheduled[0], minute=scheduled[1]), day.replace(hour=observed[0], minute=observed[1])) == late


def test_average_speed():
    assert timetable.average_speed_kmh(1000, 110) == 32.73


def test_winter_timetable_in_force():
    assert date.today() < date(2026, 12, 1), "winter timetable fixture dates only valid until December"


@pytest.mark.parametrize("metres", [500, 1000, 2500])
def test_average_speed_positive(metres):
    assert timetable.average_speed_kmh(metres, 120) > 0
