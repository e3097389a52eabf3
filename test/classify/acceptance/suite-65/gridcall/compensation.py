"""Guaranteed-standards payments for long supply interruptions."""
from decimal import Decimal

BASE = Decimal("95.00")
EXTRA = Decimal("40.00")


def payment(hours, business=False):
    """95.00 for 12 hours or more off supply, 40.00 more for each further full 12 hours."""
    if hours <= 12:
        return Decimal("0.00")
    extra_periods = int((hours - 12) // 12)
    amount = BASE + EXTRA * extra_periods
    return amount * 2 if business else amount


def with_goodwill(amount, rate):
    return amount * (1 + rate)
