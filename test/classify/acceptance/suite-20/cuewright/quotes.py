"""Quotes for translation work: per-word rates, rush fees."""
from decimal import ROUND_HALF_UP, Decimal

RATES = {"standard": Decimal("0.09"), "legal": Decimal("0.14")}
RUSH_FEE = 0.25


def words(text):
    return len(text.split())


def quote(text, tier="standard", rush=False):
    amount = RATES[tier] * words(text)
    if rush:
        amount = amount * (1 + RUSH_FEE)
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def per_minute(amount, minutes):
    return (Decimal(amount) / Decimal(minutes)).quantize(Decimal("0.01"))


def discount(amount, percent):
    return round(amount * (100 - percent) / 100, 2)
