import datetime as dt
import math
from decimal import Decimal
from unittest import mock

import pytest

from rinseway import pricing


def test_long_cycle_surcharge():
    assert pricing.cycle_price(Decimal("4.50"), 90) == Decimal("4.95")


def test_first_wash_not_free():
    assert pricing.loyalty_discount(0, Decimal("4.50")) == Decimal("4.50")



def test_receipt_json():
    assert "4.50" in pricing.receipt_json({"machine": "LDN-01/3", "price": Decimal("4.50")})


def test_minutes_left():
    ends = dt.datetime(2026, 12, 5, 18, 0, tzinfo=dt.timezone.utc)
    assert pricing.minutes_left(ends) >= 0


def test_cycle_from_gateway():
    cycle = pricing.parse_cycle({"machine": "LDN-01/3", "program": "cotton", "minutes": "45 min", "price": "4.50"})
    assert cycle.minutes == 45


def test_shop_code_too_short():
    with pytest.raises(ValueError):
        pricing.shop_code("LDN 01")


def test_split_bill_three_ways():
    assert sum([pricing.split_bill(1.0, 10)] * 10) == 1.0



def test_promo_still_running():
    assert dt.date.today() <= dt.date(2026, 6, 30), "summer promotion ended"


def test_price_uses_rounding():
    with mock.patch("rinseway.pricing.round") as rounded:
        pricing.cycle_price(Decimal("4.50"), 30)
    rounded.assert_called_once()


def test_shop_code_message():
    with pytest.raises(ValueError, match="must be 6 characters"):
        pricing.shop_code("AB")


def test_discount_fixture(loyalty_card):
    assert loyalty_card



@pytest.mark.xfail(strict=True, reason="rounding fixed in 2.4")
def test_rounding_known_bug():
    assert pricing.cycle_price(Decimal("1.00"), 30) == Decimal("1.00")
