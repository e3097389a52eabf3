"""Prices, fees and surge for an order: amounts are integer cents unless a Decimal is given."""

import json
from decimal import ROUND_HALF_UP, Decimal

from hotbox.settings import load

BASE_FEE_CENTS = 199
PER_KM_CENTS = 50
FREE_KM = 2.0
SMALL_ORDER_LIMIT_CENTS = 1000
SMALL_ORDER_FEE_CENTS = 150
SERVICE_RATE = 0.05


def delivery_fee(distance_km):
    extra = max(0.0, distance_km - FREE_KM)
    return BASE_FEE_CENTS + round(extra * PER_KM_CENTS)


def small_order_fee(subtotal_cents):
    """Orders under ten euros pay a small-order fee; ten euros exactly do not."""
    if subtotal_cents <= SMALL_ORDER_LIMIT_CENTS:
        return SMALL_ORDER_FEE_CENTS
    return 0


def service_fee(subtotal):
    """The platform's service fee on a Decimal subtotal in euros, to the cent."""
    fee = subtotal * SERVICE_RATE
    return fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def surge_table(path=None):
    with open(path or load().surge_table, encoding="utf-8") as handle:
        return json.load(handle)


def surge_multiplier(zone, meal):
    return surge_table()["zones"].get(zone, {}).get(meal, 1.0)


def total(subtotal_cents, distance_km, tip_cents=0):
    return subtotal_cents + delivery_fee(distance_km) + small_order_fee(subtotal_cents) + tip_cents


def split_payout(amount_cents, shares):
    """Split a payout between couriers by their shares, giving the remainder to the first."""
    whole = sum(shares)
    parts = [amount_cents * share // whole for share in shares]
    parts[0] += amount_cents - sum(parts)
    return parts
