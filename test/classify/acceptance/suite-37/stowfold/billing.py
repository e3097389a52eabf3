"""Rents, insurance and invoices (Decimal, datetime, pydantic 1.10)."""
import datetime
import json
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel

VAT = Decimal("0.20")
INSURANCE_RATE = 0.012  # of the declared value, per month


class Invoice(BaseModel):
    unit: str
    customer: str
    pence: int
    due: datetime.date


def monthly_rent(weekly):
    return (Decimal(weekly) * 52 / 12).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def insurance(declared):
    return Decimal(declared) * INSURANCE_RATE


def with_vat(net):
    return (Decimal(net) * (1 + VAT)).quantize(Decimal("0.01"))


def invoice_json(unit, total):
    return json.dumps({"unit": unit, "total": total})


def overdue(due, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return now > due


def from_provider(payload):
    return Invoice(**payload)


def split_deposit(pence, parts):
    share = pence // parts
    return [share] * parts


def late_fee(days):
    if days < 0:
        raise ValueError("days late cannot be negative")
    return min(days, 30) * 150
