from datetime import datetime, timedelta, timezone

import pytest

from lapwater import lanes

UTC = timezone.utc


@pytest.mark.parametrize("hours", range(1, 15))
def test_sessions_fit_the_day(hours):
    start = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)
    out = lanes.sessions(start, start + timedelta(hours=hours))
    assert len(out) == hours * 60 // 45
    assert all(b - a == timedelta(minutes=45) for a, b in out)


@pytest.mark.parametrize("lanes_count", range(3, 11))
@pytest.mark.parametrize("speed", lanes.SPEEDS)
def test_lane_for_speed_in_range(speed, lanes_count):
    assert 0 <= lanes.lane_for(speed, lanes_count) < lanes_count


@pytest.mark.parametrize("count", range(1, 41))
def test_capacity(count):
    assert lanes.capacity(count) == 8 * count


@pytest.mark.parametrize("swimmers,lane_count,expected", [(0, 6, 0), (6, 6, 1), (7, 6, 2), (48, 6, 8), (49, 6, 9),
                                                           (1, 1, 1), (10, 3, 4)])
def test_swimmers_per_lane(swimmers, lane_count, expected):
    assert lanes.swimmers_per_lane(swimmers, lane_count) == expected


@pytest.mark.parametrize("offset", range(0, 120, 15))
def test_overlap(offset):
    a = (0, 60)
    b = (offset, offset + 30)
    assert lanes.overlap(a, b) is (offset < 60)


@pytest.mark.parametrize("minutes", [15, 30, 45, 60])
def test_last_entry(minutes):
    closing = datetime(2026, 12, 7, 21, 0)
    assert closing - lanes.last_entry(closing, minutes) == timedelta(minutes=minutes)


def test_session_label():
    assert lanes.session_label(datetime(2026, 12, 7, 7, 0)) == "Mon 07:00"


def test_early_bird_session_is_ahead():
    assert lanes.starts_in(datetime(2026, 11, 30, 6, 30, tzinfo=UTC)) > timedelta(0)


def test_starts_in_from_timetable_time():
    assert lanes.minutes_to("2026-12-07 07:00") != 0
