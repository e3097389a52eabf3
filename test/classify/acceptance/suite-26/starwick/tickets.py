"""Visitor-night tickets: prices, signed codes, confirmation wording (inflect)."""
import hashlib
import hmac
import json
from decimal import Decimal

import inflect

from starwick import settings

_words = inflect.engine()
PRICES = {"adult": Decimal("12.50"), "child": Decimal("6.00"), "member": Decimal("0.00")}
GROUP_DISCOUNT = 0.9


def price(kind, count):
    return PRICES[kind] * count


def group_price(kind, count):
    total = price(kind, count)
    return total * GROUP_DISCOUNT if count >= 10 else total


def sign(code, secret=None):
    key = secret if secret is not None else settings.TICKET_SECRET
    key = key.encode() if isinstance(key, str) else key
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()[:16]


def load_booking_key(path=None):
    with open(path or settings.BOOKING_KEY_FILE, "rb") as handle:
        return handle.read().strip()


def confirmation(name, seats):
    return f"{name}: {seats} {_words.plural('seat', seats)} booked"


def receipt(booking):
    return json.dumps({"name": booking["name"], "night": booking["night"], "total": str(booking["total"])})


def capacity_left(capacity, booked):
    return capacity - booked


def can_book(capacity, booked, seats):
    return booked + seats < capacity
