from decimal import Decimal
from unittest import mock

import pytest

from skywicker import core

LAUNCHED = []


def test_fare_with_discount():
    assert core.fare(Decimal("199.00"), 0.1) == Decimal("179.10")


def test_fare_without_discount():
    assert core.fare(Decimal("199.00"), 0) == Decimal("199.00")


def test_propane_for_long_flight():
    # 90 minutes at 30 kg an hour from 19 kg cylinders.
    assert core.propane_cylinders(90) == 2


def test_propane_for_short_flight():
    assert core.propane_cylinders(30) == 1


def test_pilot_notified():
    sms = mock.Mock()
    core.notify_pilot(sms, "+441632960001", 7, "Wenlow")
    sms.send.assert_called_once_with("+441632960001", "Flight 7: launch at Wenlow confirmed")


def test_chase_route_starts_at_last_launch():
    assert core.chase_route(LAUNCHED + ["Field 3"])[0] == "Wenlow"


def test_record_launch():
    LAUNCHED.append("Wenlow")
    assert LAUNCHED == ["Wenlow"]


def test_chase_route_visits_once():
    assert core.chase_route(["A", "B", "A", "C"]) == ["A", "B", "C"]


def test_seat_numbers():
    assert core.seat_numbers(4) == [1, 2, 3, 4]


def test_flight_windows():
    assert core.flight_window(360, 1200) == ((360, 480), (1080, 1200))


@pytest.mark.parametrize("knots,ok", [(4, True), (10, True), (14, False)])
def test_wind_limit(knots, ok):
    assert core.wind_ok(knots) is ok


def test_lift_on_cold_morning():
    assert 250 < core.lift_kg(2000, 100, 5) < 650
