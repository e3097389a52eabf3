import pytest

from snowgate import lifts


@pytest.fixture
def ride_counter():
    return lifts.RideCounter()


def test_reachable_from_valley():
    assert "ridge-drag" in lifts.reachable("valley")


def test_uptime_of_closed_day():
    assert lifts.uptime_ratio(0, 0) == 0


def test_uptime_of_full_day():
    assert lifts.uptime_ratio(480, 480) == 1


def test_counter_starts_empty(ride_countr):
    assert ride_countr.rides == {}
