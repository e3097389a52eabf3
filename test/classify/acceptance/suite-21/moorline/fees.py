"""Berth fees in Decimal: nightly rates, VAT, fuel dock and discounts."""
from decimal import ROUND_HALF_UP, Decimal, localcontext


class FeeError(Exception):
    pass


RATES = {"visitor": Decimal("3.20"), "seasonal": Decimal("2.10")}
VAT = Decimal("0.20")


def nightly_fee(length_m, nights, kind="visitor"):
    if nights < 1:
        raise FeeError(f"a stay is at least one night, not {nights}")
    return (RATES[kind] * Decimal(str(length_m)) * nights).quantize(Decimal("0.01"), ROUND_HALF_UP)


def with_vat(amount):
    return amount * (1 + VAT)


def fuel_charge(litres, price_per_litre):
    """Fuel dock: litres from the pump (float) times the posted price (Decimal)."""
    return (litres * price_per_litre).quantize(Decimal("0.01"))


def discount_share(total, boats):
    return total / boats


def to_pence(amount):
    with localcontext() as ctx:
        ctx.prec = 6
        return int((amount * 100).quantize(Decimal("1")))

