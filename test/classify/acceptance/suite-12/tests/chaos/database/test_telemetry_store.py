import pytest

from kerbside import telemetry

pytestmark = pytest.mark.chaos


def test_last_positions():
    assert len(telemetry.last_positions(7, limit=5)) <= 5


def test_battery_history():
    assert telemetry.battery_history(7)
