"""Prices per kilo, contract discounts and delivery slots."""
import datetime
from decimal import Decimal

VAT = 0.2


def wash_price(kilos, per_kilo=Decimal("1.85")):
    return (Decimal(kilos) * per_kilo) * (1 + VAT)


def bags_needed(kilos, per_bag=8):
    return kilos // per_bag


def slot_open(slot):
    return slot > datetime.datetime.now(datetime.timezone.utc)
