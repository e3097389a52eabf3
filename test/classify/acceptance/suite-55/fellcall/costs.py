"""Fuel and mileage claims for volunteers' vehicles."""
from decimal import ROUND_HALF_UP, Decimal

MILEAGE_RATE = Decimal("0.45")
PASSENGER_RATE = 0.05


def mileage_claim(miles, passengers=0):
    base = MILEAGE_RATE * Decimal(miles)
    if passengers:
        base += PASSENGER_RATE * passengers * Decimal(miles)
    return base.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def total(claims):
    return sum((Decimal(c) for c in claims), Decimal("0"))
