"""Hire prices: day rates, weekly caps, deposits, VAT and the hire period."""
import datetime
from decimal import ROUND_HALF_UP, Decimal

VAT_RATE = Decimal("0.20")
DEPOSIT_SHARE = 0.25


def hire_days(start, end):
    """Days charged for a hire: the day it goes out and every day up to its return."""
    return (end - start).days


def hire_price(day_rate, days):
    weeks, rest = divmod(days, 7)
    return day_rate * 4 * weeks + day_rate * rest


def deposit(price):
    return (price * DEPOSIT_SHARE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def with_vat(net):
    return (net * (1 + VAT_RATE)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def is_overdue(due_back, now=None):
    now = now or datetime.datetime.now(tz=datetime.timezone.utc)
    return now > due_back
