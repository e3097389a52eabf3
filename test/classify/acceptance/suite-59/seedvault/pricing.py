"""Charges for seed samples sent to research partners."""
from decimal import ROUND_HALF_UP, Decimal

SAMPLE_FEE = Decimal("12.50")
VAT = 0.2
POSTAGE = {"uk": Decimal("3.20"), "eu": Decimal("7.80"), "world": Decimal("14.00")}


def sample_charge(samples, zone):
    return SAMPLE_FEE * samples + POSTAGE[zone]


def with_vat(amount):
    return (amount * (1 + VAT)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def discount(amount, partner):
    return amount * Decimal("0.5") if partner else amount
