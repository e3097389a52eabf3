from datetime import date, datetime
from decimal import Decimal

from roomwise import pricing


def test_two_nights():
    assert pricing.nights(date(2026, 12, 5), date(2026, 12, 7)) == 2


def test_city_tax_on_decimal():
    assert pricing.with_city_tax(Decimal("240.00")) == Decimal("252.00")


def test_checked_out_late():
    assert pricing.checked_out_late(datetime(2026, 12, 5, 11, 0))


def test_split_bill():
    assert pricing.split_bill(Decimal("300.00"), 3) == Decimal("100.00")
