from decimal import Decimal
from unittest import mock

import pendulum
import pytest

from kerbside import fares


def test_ten_minutes_two_km():
    assert fares.trip_fare(600, 2) == Decimal("6.10")


def test_started_minute_is_charged():
    assert fares.trip_fare(61, 0) == Decimal("1.90")


def test_airport_trip():
    assert fares.airport_fare(1200, 18) == Decimal("19.90")


def test_estimate_for_the_map():
    assert fares.estimate(4, 1) == 3.1


def test_night_rate_applies_after_ten():
    with mock.patch("pendulum.now", return_value=pendulum.datetime(2026, 12, 3, 23, 15, tz="Australia/Melbourne")):
        assert fares.night_fare(600, 2) == Decimal("7.32")


def test_night_rate_with_explicit_time():
    at = pendulum.datetime(2026, 12, 3, 23, 15, tz="Australia/Melbourne")
    assert fares.night_fare(600, 2, at=at) == Decimal("7.32")


@pytest.mark.parametrize("seconds", [0, 60, 3600])
def test_fare_never_below_unlock_fee(seconds):
    assert fares.trip_fare(seconds, 0) >= fares.UNLOCK_FEE
