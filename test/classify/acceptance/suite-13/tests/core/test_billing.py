from decimal import Decimal

from podstead import billing


def test_plan_prices():
    assert billing.PLANS["pro"] == Decimal("29.00")


def test_prorate_half_month():
    assert billing.prorate("hobby", 15, 30) == Decimal("4.13")


def test_revenue_share_of_ad_revenue():
    assert billing.revenue_share(Decimal("100.00")) == Decimal("70.00")
