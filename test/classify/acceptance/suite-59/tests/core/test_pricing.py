from decimal import Decimal

import pytest

from seedvault import pricing


@pytest.mark.parametrize("samples", range(1, 21))
@pytest.mark.parametrize("zone", ["uk", "eu", "world"])
def test_sample_charge(samples, zone):
    assert pricing.sample_charge(samples, zone) == Decimal("12.50") * samples + pricing.POSTAGE[zone]


@pytest.mark.parametrize("amount,expected", [(Decimal("15.70"), Decimal("18.84")), (Decimal("100"), Decimal("120.00"))])
def test_with_vat(amount, expected):
    assert pricing.with_vat(amount) == expected


def test_partner_discount():
    assert pricing.discount(Decimal("40.00"), partner=True) == Decimal("20.00")
