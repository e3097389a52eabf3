"""Fares: pay-as-you-go minutes, a daily cap, members' discounts, refunds."""
import math
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

UNLOCK_PENCE = 100
PER_MINUTE_PENCE = 15
DAILY_CAP_PENCE = 1200
MEMBER_DISCOUNT = Decimal("0.25")


def billable_minutes(started_at, ended_at):
    seconds = (ended_at - started_at).total_seconds()
    return math.floor(seconds / 60)


def fare(started_at, ended_at, member=False):
    pence = UNLOCK_PENCE + PER_MINUTE_PENCE * billable_minutes(started_at, ended_at)
    if member:
        pence = Decimal(pence) * (1 - MEMBER_DISCOUNT)
    return int(pence)


def day_total(fares):
    total = sum(fares)
    if total > DAILY_CAP_PENCE:
        return DAILY_CAP_PENCE
    return total


def capped_day(fares):
    running = 0
    charged = []
    for pence in fares:
        charge = min(pence, DAILY_CAP_PENCE - running)
        charged.append(charge)
        running += pence
    return charged


def pounds(pence):
    return float(Decimal(pence) / 100)


def refund(fare_pence, minutes_lost, per_minute=PER_MINUTE_PENCE):
    return (Decimal(fare_pence) - Decimal(minutes_lost * per_minute)).quantize(Decimal("1"), ROUND_HALF_UP)


def vat_part(gross_pence, rate=0.2):
    return Decimal(gross_pence) * rate / (1 + rate)


def pass_valid(bought_on, days, today=None):
    today = today or date.today()
    return today < bought_on + timedelta(days=days)


def split_fare(pence, riders):
    return [pence // riders for _ in range(riders)]


def night_ride(started_at: datetime):
    return started_at.hour >= 23 or started_at.hour < 5
