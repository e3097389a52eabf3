"""Admission prices, memberships and visit dates."""
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

ADULT = Decimal("24.00")
CHILD = Decimal("14.00")
SENIOR = Decimal("19.00")
UNDER_THREE = Decimal("0.00")
GIFT_AID = 0.1


def price(age):
    if age < 3:
        return UNDER_THREE
    if age < 12:
        return CHILD
    if age >= 65:
        return SENIOR
    return ADULT


def family(ages):
    total = sum((price(age) for age in ages), Decimal("0"))
    if len(ages) >= 4:
        total = (total * Decimal("0.9")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return total


def membership_with_gift_aid(fee):
    return fee + fee * GIFT_AID


def book_visit(visit_date, today=None):
    today = today or date.today()
    if visit_date < today:
        raise ValueError(f"visit date {visit_date.isoformat()} is in the past")
    return {"date": visit_date.isoformat(), "status": "booked"}
