from datetime import datetime
from decimal import Decimal

from baywarden import tariffs


def test_part_hour_charged_in_full():
    assert tariffs.hours_charged(datetime(2026, 12, 5, 8, 0), datetime(2026, 12, 5, 10, 10)) == 3


def test_vat_on_decimal():
    assert tariffs.with_vat(Decimal("15.00")) == Decimal("18.00")


def test_overstay():
    assert tariffs.overstayed(datetime(2026, 12, 5, 8, 0))
