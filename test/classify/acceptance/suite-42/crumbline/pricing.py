"""Prices, the baker's dozen, VAT and receipts."""
from datetime import datetime, timezone
from decimal import Decimal

VAT_RATE = 0.2


def loaves_charged(count):
    # A baker's dozen: every thirteenth loaf is free.
    return count - count // 12


def with_vat(net):
    return net * (1 + VAT_RATE)


def is_late(promised, now=None):
    return (now or datetime.now(timezone.utc)) > promised


def unit_price(total, count):
    return round(total / count, 2)


def discount(price: Decimal, percent):
    return price - price * percent / 100


def line_total(price, quantity, *, rounding="half_up"):
    return round(price * quantity, 2)


def order_total(lines):
    return sum(line_total(line["price"], line["qty"], round_mode="half_up") for line in lines)
