"""Ticket prices, group discounts, VAT and the weekly offers."""
import datetime
from decimal import ROUND_HALF_UP, Decimal

VAT_RATE = 0.2


def with_vat(net):
    return (net * (1 + VAT_RATE)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def split_group(total, people):
    """Splits a group booking evenly, to the penny."""
    share = (total / people).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [share] * people


def offer_running(offer_ends, now=None):
    now = now or datetime.datetime.now(tz=datetime.timezone.utc)
    return now <= offer_ends


def members_week_open(day):
    return day <= datetime.date(2026, 11, 30)
