from decimal import Decimal

import pytest

from lapwater import pricing

KINDS = ["adult", "junior", "senior", "family"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("concession", [False, True])
def test_price_is_positive_pennies(kind, concession):
    p = pricing.price(kind, concession)
    assert p > 0 and p == p.quantize(Decimal("0.01"))


@pytest.mark.parametrize("n", range(1, 61))
def test_basket_of_adults(n):
    assert pricing.basket([("adult", False)] * n) == Decimal("5.40") * n


@pytest.mark.parametrize("swims,discount", [(1, "0"), (5, "0"), (9, "0"), (10, "0.10"), (15, "0.10"), (20, "0.20"),
                                            (40, "0.20")])
def test_block_discount(swims, discount):
    assert pricing.block_discount(swims) == Decimal(discount)


@pytest.mark.parametrize("kind", KINDS)
def test_block_of_twenty(kind):
    assert pricing.block_price(kind, 20) == (pricing.price(kind) * 20 * Decimal("0.8")).quantize(Decimal("0.01"))


def test_concession_adult():
    assert pricing.price("adult", True) == Decimal("4.05")


def test_vat_on_family_swim():
    assert pricing.vat(pricing.price("family")) == Decimal("2.80")


def test_unknown_kind():
    with pytest.raises(KeyError):
        pricing.price("dolphin")
