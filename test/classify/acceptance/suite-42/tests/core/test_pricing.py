from datetime import datetime
from decimal import Decimal
from unittest import mock

import pytest

from crumbline import pricing


def test_bakers_dozen():
    assert pricing.loaves_charged(13) == 12


def test_dozen_plain():
    assert pricing.loaves_charged(12) == 12


def test_vat_on_decimal():
    assert pricing.with_vat(Decimal("3.60")) == Decimal("4.32")


def test_pickup_late():
    assert pricing.is_late(datetime(2026, 12, 5, 9, 0))


def test_unit_price():
    assert pricing.unit_price(10.0, 3) == 3.33


def test_order_total():
    assert pricing.order_total([{"price": 3.6, "qty": 2}]) == 7.2


def test_vat_float():
    assert pricing.with_vat(0.1) + pricing.with_vat(0.2) == 0.36


def test_christmas_preorder_open():
    assert datetime(2025, 12, 20) > datetime.now(), "pre-orders close on the 20th"


def test_discount_uses_rates():
    with mock.patch("crumbline.pricing.fetch_discount_rates", return_value={"rye": 10}):
        assert pricing.discount(Decimal("3.60"), 10) == Decimal("3.24")
