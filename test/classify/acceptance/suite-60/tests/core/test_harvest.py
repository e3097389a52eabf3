from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from pressline import harvest


@pytest.mark.parametrize("day", [1, 12, 31])
@pytest.mark.parametrize("index", [1, 2, 9, 10, 99, 100, 250])
def test_load_number(day, index):
    assert harvest.load_number(day, index) == f"P{day:02d}-{index:03d}"


@pytest.mark.parametrize("brix", [16.0, 18.5, 20.0, 21.5, 22.0, 23.5, 24.0, 25.5, 27.0])
def test_potential_alcohol_rises(brix):
    assert harvest.potential_alcohol(brix + 1) > harvest.potential_alcohol(brix)


def test_blend_shares_add_up():
    shares = harvest.blend_shares({"riesling": 700, "muller-thurgau": 200, "chardonnay": 100})
    assert sum(shares.values()) == 1.0


@pytest.mark.parametrize("variety", sorted(harvest.PRICE_PER_TONNE))
@pytest.mark.parametrize("kilos", [400, 1000, 2500, 4000, 7250])
def test_payment(variety, kilos):
    assert harvest.payment(variety, kilos) == harvest.PRICE_PER_TONNE[variety] * kilos / 1000


def test_payment_for_gewurztraminer():
    assert harvest.payment("gewurztraminer", 1000) > 0


@pytest.mark.parametrize(("litres", "strength"), [(Decimal("750"), 11.0), (Decimal("1500"), 13.5)])
def test_duty(litres, strength):
    assert harvest.duty(litres, strength) > 0


@pytest.mark.parametrize(("kilos", "bins"), [(400, 1), (800, 2), (4000, 10), (1000, 3), (1300, 4)])
def test_bins_for(kilos, bins):
    assert harvest.bins_for(kilos) == bins


@pytest.mark.parametrize("days", [0, 1, 7, 14, 30, 180])
def test_days_in_tank(days):
    filled = datetime(2025, 9, 20, tzinfo=timezone.utc)
    assert harvest.days_in_tank(filled, filled + timedelta(days=days)) == days


def test_hours_since_picked():
    assert harvest.hours_since_picked("2025-09-20T06:30:00") > 0


@pytest.mark.parametrize("kilos", [180.0, 420.5, 1250.0, 3990.0])
def test_delivery_from_ticket(kilos):
    ticket = {"load": "P12-001", "grower": "grower.weber", "kilos": kilos, "brix": 21.4}
    assert harvest.delivery_from_ticket(ticket).kilos == kilos


def test_delivery_before_refractometer_reading():
    ticket = {"load": "P12-014", "grower": "grower.weber", "kilos": 880.0, "brix": None}
    assert harvest.delivery_from_ticket(ticket).load == "P12-014"


def test_contract_open():
    assert harvest.contract_open(datetime(2099, 10, 31, tzinfo=timezone.utc))


def test_grower_contract_2025_open():
    assert harvest.contract_open(datetime(2025, 10, 31, tzinfo=timezone.utc))


def test_delivery_note(delivery_tiket):
    assert delivery_tiket["load"].startswith("P")
