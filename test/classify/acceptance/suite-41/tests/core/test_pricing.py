import datetime
from decimal import Decimal

import pytest

from reelhouse import pricing


def test_adult_with_vat():
    assert pricing.with_vat(Decimal("10.00")) == Decimal("12.00")


def test_group_split_sums():
    shares = pricing.split_group(Decimal("50.00"), 3)
    assert sum(shares) == Decimal("50.00")


def test_offer_running():
    assert pricing.offer_running(datetime.datetime(2027, 1, 31, 23, 59))


def test_members_week():
    assert pricing.members_week_open(datetime.date.today())


@pytest.mark.xfail(strict=True, reason="child prices round down until the till update")
def test_child_rounding():
    assert pricing.split_group(Decimal("17.00"), 2) == [Decimal("8.50"), Decimal("8.50")]


def test_senior_discount(senior_prise):
    assert senior_prise == Decimal("7.50")
