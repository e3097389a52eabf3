from datetime import date, timedelta
from decimal import Decimal

import pytest

from keeperlog import tickets


@pytest.mark.parametrize("age", range(3, 12))
def test_child_price(age):
    assert tickets.price(age) == tickets.CHILD


@pytest.mark.parametrize("age", [0, 1, 2])
def test_under_three_free(age):
    assert tickets.price(age) == Decimal("0.00")


@pytest.mark.parametrize("age", range(13, 65, 3))
def test_adult_price(age):
    assert tickets.price(age) == tickets.ADULT


@pytest.mark.parametrize("age", [65, 70, 80, 95])
def test_senior_price(age):
    assert tickets.price(age) == tickets.SENIOR


def test_twelve_is_still_a_child():
    # The zoo's price list: children are 3 to 12 inclusive.
    assert tickets.price(12) == tickets.CHILD


@pytest.mark.parametrize(
    "ages, expected",
    [([40, 38], "48.00"), ([40, 8], "38.00"), ([40, 38, 6, 4], "68.40"), ([70, 40, 38, 10, 2], "72.90")],
)
def test_family_total(ages, expected):
    assert tickets.family(ages) == Decimal(expected)


def test_membership_gift_aid():
    assert tickets.membership_with_gift_aid(Decimal("60.00")) == Decimal("66.00")


@pytest.mark.parametrize("days", [0, 1, 7, 30, 180])
def test_book_upcoming_visit(days):
    assert tickets.book_visit(date.today() + timedelta(days=days))["status"] == "booked"


def test_book_summer_holiday_visit():
    assert tickets.book_visit(date(2025, 8, 14))["status"] == "booked"
