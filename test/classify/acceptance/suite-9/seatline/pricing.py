"""Ticket prices, booking fees, discounts and tax, in Decimal pounds."""

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
FEE_RATE = Decimal("0.075")
MIN_FEE = Decimal("0.50")
VAT_RATE = Decimal("0.20")

DISCOUNTS = {
    "STUDENT10": Decimal("0.10"),
    "EARLYBIRD": Decimal("0.15"),
    "GROUP20": Decimal("0.20"),
}


def booking_fee(face_value):
    fee = (Decimal(face_value) * FEE_RATE).quantize(PENNY, rounding=ROUND_HALF_EVEN)
    return max(fee, MIN_FEE)


def apply_discount(amount, code):
    if code is None:
        return Decimal(amount)
    rate = DISCOUNTS[code.upper()]
    return (Decimal(amount) * (1 - rate)).quantize(PENNY, rounding=ROUND_HALF_UP)


def vat_inclusive(amount):
    return (Decimal(amount) * (1 + VAT_RATE)).quantize(PENNY, rounding=ROUND_HALF_UP)


def order_total(lines, code=None):
    """lines: (face value, quantity) pairs. The fee is charged per ticket, the discount on face value only."""
    face = sum((Decimal(price) * quantity for price, quantity in lines), Decimal(0))
    fees = sum((booking_fee(price) * quantity for price, quantity in lines), Decimal(0))
    return apply_discount(face, code) + fees


def split_payment(total, parts):
    """Split a total into parts that add up to it, the first parts taking the extra pennies."""
    total = Decimal(total)
    share = (total / parts).quantize(PENNY, rounding=ROUND_HALF_UP)
    shares = [share] * parts
    shares[-1] = total - share * (parts - 1)
    return shares


def to_minor_units(amount):
    return int(Decimal(amount) * 100)
