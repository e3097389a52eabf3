from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moorline import fees


def test_nightly_fee():
    assert fees.nightly_fee(11.2, 3) == Decimal("107.52")


def test_with_vat():
    assert fees.with_vat(Decimal("100.00")) == Decimal("120.00")


def test_fuel_charge():
    assert fees.fuel_charge(182.4, Decimal("1.689")) == Decimal("308.07")


def test_nightly_fee_rejects_zero_nights():
    with pytest.raises(ValueError):
        fees.nightly_fee(11.2, 0)


@given(st.decimals(min_value=0, max_value=50000, places=2))
def test_to_pence(amount):
    assert fees.to_pence(amount) == int(amount * 100)

