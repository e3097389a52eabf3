import datetime
from decimal import Decimal

import pytest

from boltyard import pricing


def test_hire_days_same_day_return():
    start = datetime.date(2026, 11, 2)
    assert pricing.hire_days(start, start) == 1


def test_week_capped():
    assert pricing.hire_price(Decimal("95.00"), 7) == Decimal("380.00")


def test_deposit():
    assert pricing.deposit(Decimal("380.00")) == Decimal("95.00")


def test_with_vat():
    assert pricing.with_vat(Decimal("95.00")) == Decimal("114.00")


def test_overdue_hire():
    assert pricing.is_overdue(datetime.datetime(2026, 11, 2, 17, 0))


def test_trade_discount(trade_discunt):
    assert trade_discunt == Decimal("0.15")


@pytest.fixture
def trade_discount():
    return Decimal("0.15")
