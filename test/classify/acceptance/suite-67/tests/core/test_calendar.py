import pytest

from racebib import core


@pytest.mark.parametrize("wave", range(1, 41))
def test_waves_twelve_minutes_apart(wave):
    assert (core.start_time(wave + 1) - core.start_time(wave)).seconds == 720


@pytest.mark.parametrize("seconds", range(7200, 21600, 360))
def test_finish_time_round_trips(seconds):
    h, m, s = (int(p) for p in core.finish_time(seconds).split(":"))
    assert h * 3600 + m * 60 + s == seconds


@pytest.mark.parametrize("age", range(20, 40))
def test_seniors(age):
    assert core.age_category(age, "F") == "FSEN"
