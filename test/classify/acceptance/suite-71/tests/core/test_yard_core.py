from decimal import Decimal

import pytest

from humpyard import core


def test_train_length_one_loco():
    assert core.train_length(["box", "hopper", "tank"]) == 69.9


def test_train_length_double_headed():
    assert core.train_length(["box", "hopper"], locos=2) == 74.5


def test_brake_percentage():
    assert core.brake_percentage(900, 1000) == 90


def test_average_tonnes():
    assert core.average_tonnes([{"tonnes": 64.0}, {"tonnes": 22.0}]) == 43.0


def test_average_tonnes_of_an_empty_siding():
    assert core.average_tonnes([]) == 0


@pytest.mark.parametrize("tonnes, speed", [(20, 8), (60, 6), (100, 5), (400, 3)])
def test_hump_speed(tonnes, speed):
    assert core.hump_speed(tonnes) == speed


def test_demurrage_whole_days():
    assert core.demurrage(48, "35.00") == Decimal("70.00")


def test_siding_charge():
    assert core.siding_charge(64.0, Decimal("1.25")) == Decimal("80.00")


def test_siding_charge_heavy_train():
    assert core.siding_charge(1987.3, Decimal("0.85")) == Decimal("1689.20")


def test_fuel_surcharge():
    assert core.fuel_surcharge(Decimal("80.00"), 12.5) == Decimal("90.00")


def test_tracks_needed():
    assert core.tracks_needed(list(range(45)), 20) == 3
