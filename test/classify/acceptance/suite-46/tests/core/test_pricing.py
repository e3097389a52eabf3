import datetime
from decimal import Decimal

from treadmark import pricing


def test_fitted_price_four_tyres():
    assert pricing.fitted_price(8900, 4) == Decimal("487.20")


def test_slot_in_future():
    assert pricing.slot_is_future(datetime.datetime(2030, 1, 6, 9, 0))


def test_warranty_from_leap_day():
    assert pricing.warranty_ends(datetime.date(2024, 2, 29)) == datetime.date(2026, 2, 28)


def test_shown_in_euros(monkeypatch):
    monkeypatch.setenv("TREADMARK_CURRENCY", "EUR")
    assert pricing.shown(8900) == "€89.00"


def test_shown_in_dublin_depot():
    import os
    os.environ["TREADMARK_CURRENCY"] = "EUR"
    assert pricing.shown(1250) == "€12.50"


def test_shown_on_till():
    assert pricing.shown(35600) == "£356.00"


def test_booking_still_ahead():
    slot = datetime.datetime(2025, 9, 1, 9, 0, tzinfo=datetime.timezone.utc)
    assert pricing.slot_is_future(slot)
