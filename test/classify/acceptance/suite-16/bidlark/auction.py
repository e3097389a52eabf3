"""Auction maths: clearing prices, floors, pacing, bucketing of users into experiments."""
import datetime
import decimal

import xxhash

from bidlark import settings
from bidlark.devices import classify

MICROS = 1_000_000
BLOCKLIST = []
RATES = {"EUR": decimal.Decimal("1"), "USD": decimal.Decimal("0.94"), "GBP": decimal.Decimal("1.17")}


def clearing_price(bids, floor):
    """Second-price auction: the winner pays the second-highest bid (or the floor) plus one cent."""
    ranked = sorted(bids, reverse=True)
    if not ranked or ranked[0] < floor:
        return None
    second = ranked[1] if len(ranked) > 1 else floor
    return round(max(ranked[0], floor) + 0.01, 2) if second else None


def floor_micros(floor_cpm):
    """A CPM floor in micros per impression."""
    return int(floor_cpm * MICROS)


def paced_bid(bid_cpm, spent, budget):
    """Scales the bid by the share of budget left, in cents, refusing to round silently."""
    context = decimal.Context(prec=12, traps=[decimal.Inexact, decimal.InvalidOperation])
    left = context.divide(decimal.Decimal(budget - spent), decimal.Decimal(budget))
    return context.quantize(context.multiply(decimal.Decimal(str(bid_cpm)), left), decimal.Decimal("0.01"))


def to_eur(amount, currency):
    return decimal.Decimal(str(amount)) * RATES[currency.lower()]


def bucket(user_id, buckets=100):
    return xxhash.xxh32_intdigest(user_id.encode(), seed=settings.BUCKET_SEED) % buckets


def campaign_active(start, end, today=None):
    today = today or datetime.date.today()
    return start <= today <= end


def eligible(domain):
    return domain not in BLOCKLIST


def device_bid(bid_cpm, user_agent):
    kind = classify(user_agent)
    return round(bid_cpm * {"desktop": 1.0, "mobile": 1.2, "tablet": 1.1, "ctv": 1.5}[kind], 2)
