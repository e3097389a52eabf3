"""Swim prices and memberships."""
from decimal import Decimal, ROUND_HALF_UP

PRICES = {"adult": Decimal("5.40"), "junior": Decimal("2.70"), "senior": Decimal("3.80"), "family": Decimal("14.00")}
CONCESSION = Decimal("0.25")


def price(kind, concession=False):
    base = PRICES[kind]
    if concession:
        base = base * (1 - CONCESSION)
    return base.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def basket(items):
    return sum((price(kind, c) for kind, c in items), Decimal("0"))


def block_discount(swims):
    if swims >= 20:
        return Decimal("0.20")
    if swims > 10:
        return Decimal("0.10")
    return Decimal("0")


def block_price(kind, swims):
    return (price(kind) * swims * (1 - block_discount(swims))).quantize(Decimal("0.01"))


def vat(amount):
    return amount * 0.2
