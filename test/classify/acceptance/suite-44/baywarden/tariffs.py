"""Tariffs and stays: Decimal money, datetimes."""
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

VAT = 0.2


def with_vat(net):
    return (net * (1 + VAT)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def hours_charged(entered, left):
    minutes = (left - entered) // timedelta(minutes=1)
    return minutes // 60


def overstayed(entered, limit_hours=4):
    return datetime.now(timezone.utc) - entered > timedelta(hours=limit_hours)
