"""Prices of cycles, loyalty stamps and the wash queue."""
import datetime as dt
import json
from decimal import Decimal

import pydantic


class Cycle(pydantic.BaseModel):
    machine: str
    program: str
    minutes: int
    price: Decimal


def cycle_price(base, minutes, surcharge=0.1):
    return base * (1 + surcharge) if minutes > 60 else base


def loyalty_discount(stamps, price):
    # Every tenth wash is free.
    if stamps % 10 == 0:
        return Decimal("0")
    return price


def per_minute(price, minutes):
    return price / minutes


def receipt_json(cycle):
    return json.dumps({"machine": cycle["machine"], "price": cycle["price"]})


def minutes_left(ends_at):
    return (ends_at - dt.datetime.now()).total_seconds() / 60


def parse_cycle(payload):
    return Cycle(**payload)


def shop_code(raw):
    code = raw.strip().upper()
    if len(code) != 6:
        raise ValueError(f"shop code must have 6 characters: {raw!r}")
    return code


def split_bill(total, people):
    return total / people


def dryer_minutes(pence, rate=20):
    return pence // rate * 5
