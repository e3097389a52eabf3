from decimal import Decimal

import pytest

from gridcall import compensation


@pytest.mark.parametrize("hours", [0, 1, 3, 6, 9, 11])
def test_no_payment_under_twelve_hours(hours):
    assert compensation.payment(hours) == Decimal("0.00")


@pytest.mark.parametrize("hours,amount", [(13, "95.00"), (20, "95.00"), (24, "135.00"), (30, "135.00"),
                                          (36, "175.00"), (47, "175.00"), (48, "215.00"), (72, "295.00")])
def test_domestic_payment(hours, amount):
    assert compensation.payment(hours) == Decimal(amount)


@pytest.mark.parametrize("hours,amount", [(13, "190.00"), (24, "270.00"), (48, "430.00")])
def test_business_payment(hours, amount):
    assert compensation.payment(hours, business=True) == Decimal(amount)


def test_payment_at_exactly_twelve_hours():
    assert compensation.payment(12) == Decimal("95.00")


def test_goodwill_on_top():
    assert compensation.with_goodwill(Decimal("95.00"), 0.1) == Decimal("104.50")


@pytest.mark.parametrize("hours", range(13, 97))
def test_payment_is_positive(hours):
    assert compensation.payment(hours) > 0
