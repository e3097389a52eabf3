from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from milkrun import payouts


@pytest.mark.parametrize("grade", ["A", "B", "C"])
@pytest.mark.parametrize("litres", [500, 1000, 1840, 2500, 4000, 7250, 12000])
def test_milk_value(grade, litres):
    assert payouts.milk_value(litres, grade) == Decimal(litres) * (payouts.BASE_PRICE + payouts.GRADE_BONUS[grade])


@pytest.mark.parametrize("grade", ["A", "B", "C"])
def test_litre_price_at_least_base(grade):
    assert payouts.litre_price(grade) >= payouts.BASE_PRICE


def test_litre_price_grade_d():
    assert payouts.litre_price("D") < payouts.BASE_PRICE


@pytest.mark.parametrize("km", [0, 40])
def test_payout_after_haulage(km):
    assert payouts.payout(Decimal(1000), "A", km) > 0


@pytest.mark.parametrize("days", [7, 30])
def test_pickup_days(days):
    start = date(2026, 11, 1)
    assert len(payouts.pickup_days(start, start + timedelta(days=days))) == days + 1


def test_pickup_days_single_day():
    start = date(2026, 11, 1)
    assert payouts.pickup_days(start, start) == [start]


def test_hours_since_milking():
    assert payouts.hours_since_milking("2026-12-01T05:00:00") > 0


@pytest.mark.parametrize("hours", [1, 6, 12, 24])
def test_hours_since_milking_aware(hours):
    stamp = (datetime.now(timezone.utc) - timedelta(hours=hours)).isoformat()
    assert round(payouts.hours_since_milking(stamp)) == hours


def test_fat_shares_add_up():
    shares = payouts.fat_shares({"F0042": 41.3, "F0107": 38.9, "F0311": 44.1})
    assert sum(shares.values()) == 1.0


@pytest.mark.parametrize("litres", [180, 420, 1840, 3990])
def test_collection_from_ticket(collection_ticket, litres):
    assert payouts.collection_from_ticket({**collection_ticket, "litres": litres}).litres == litres


def test_collection_before_thermometer_reading(collection_ticket):
    ticket = {**collection_ticket, "temperature": None}
    assert payouts.collection_from_ticket(ticket).farm == "F0042"


def test_contract_active():
    assert payouts.contract_active(date(2099, 3, 31))


def test_winter_contract_active():
    assert payouts.contract_active(date(2026, 3, 31))


def test_collection_note(collection_tiket):
    assert collection_tiket["route"].startswith("R")
