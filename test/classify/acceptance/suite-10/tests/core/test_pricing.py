from decimal import Decimal

import pytest

from hotbox import pricing


@pytest.mark.parametrize("km,cents", [(0.5, 199), (2.0, 199), (3.0, 249), (4.4, 319), (10.0, 599)])
def test_delivery_fee(km, cents):
    assert pricing.delivery_fee(km) == cents


@pytest.mark.parametrize("subtotal,fee", [(450, 150), (999, 150), (1000, 0), (2500, 0)])
def test_small_order_fee(subtotal, fee):
    assert pricing.small_order_fee(subtotal) == fee


def test_service_fee_is_five_percent():
    assert pricing.service_fee(Decimal("24.90")) == Decimal("1.25")


def test_surge_multiplier_for_dinner_in_the_centre():
    assert pricing.surge_multiplier("city-centre", "dinner") == 1.5


@pytest.mark.parametrize("amount,shares,expected", [
    (1000, [1, 1], [500, 500]),
    (1001, [1, 1], [501, 500]),
    (900, [2, 1], [600, 300]),
    (1000, [1, 1, 1], [334, 333, 333]),
])
def test_split_payout(amount, shares, expected):
    assert pricing.split_payout(amount, shares) == expected


def test_total_with_tip():
    assert pricing.total(2000, 3.0, tip_cents=300) == 2549
