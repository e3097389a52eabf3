import datetime
from decimal import Decimal

import pytest

from pawstay import billing


def test_four_nights():
    assert billing.nights(datetime.date(2026, 12, 1), datetime.date(2026, 12, 5)) == 4


def test_large_dog_price():
    price = billing.stay_price(datetime.date(2026, 12, 1), datetime.date(2026, 12, 3), large=True)
    assert price == Decimal("48.13")


def test_invoice_json():
    assert '"total": "77.00"' in billing.invoice_json("owner-1", Decimal("77.00"))


def test_upcoming_stay():
    assert billing.is_upcoming(datetime.datetime(2026, 12, 24, 9, 0))


def test_christmas_is_upcoming():
    start = datetime.datetime(2025, 12, 24, 9, 0, tzinfo=datetime.timezone.utc)
    assert billing.is_upcoming(start)


@pytest.mark.xfail(strict=True, reason="prices rounded per night, see ticket PAW-212")
def test_price_rounded_per_night():
    assert billing.stay_price(datetime.date(2026, 12, 1), datetime.date(2026, 12, 4)) == Decimal("77.00")
