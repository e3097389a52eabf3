import datetime as dt
from decimal import Decimal

import pytest

from parcelwick import core


def test_zone_of_leeds():
    assert core.zone("LS6 2QT") == 2


def test_zone_of_shetland():
    assert core.zone("ZE1 0AA") == 4


def test_zone_of_lowercase_postcode():
    assert core.zone("ls6 2qt") == 2


def test_price_small_parcel():
    assert core.price("LS6 2QT", 1.0) == Decimal("5.45")


def test_price_bulky_parcel():
    # 60 x 40 x 40 cm is 19.2 kg volumetric
    assert core.price("N1 9GU", 2.0, dims=(60, 40, 40)) == Decimal("20.22")


def test_fuel_surcharge():
    assert core.with_fuel(Decimal("10.00")) == Decimal("10.45")


def test_price_hand_computed():
    # zone 3 base 6.20 + 3 kg at 0.85
    assert core.price("AB10 1XG", 3.0) == Decimal("8.65")


@pytest.mark.parametrize("raw,clean", [("ls62qt", "LS6 2QT"), ("EC1A1BB", "EC1A 1BB"), (" m1 1ae ", "M1 1AE")])
def test_normalise_postcode(raw, clean):
    assert core.normalise_postcode(raw) == clean


def test_eta_skips_weekend():
    friday = dt.datetime(2026, 12, 4, 17, 0)
    assert core.eta(friday, 1).weekday() == 0


def test_late_delivery_flagged():
    promised = core.eta(dt.datetime(2026, 12, 1, 9, 0), 2)
    assert core.is_late(promised)


def test_split_evenly():
    assert sum(core.split_evenly(Decimal("10.00"), 3)) == Decimal("10.00")
