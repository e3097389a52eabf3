"""Bills: volumetric charges, standing charges, a sewerage share, instalments and reading dates."""

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal

from deprecated import deprecated

VAT = Decimal("0.05")
SEWERAGE_SHARE = 0.92


def volumetric(cubic_metres, rate):
    return (Decimal(cubic_metres) * Decimal(rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def sewerage(cubic_metres, rate):
    return Decimal(str(rate)) * cubic_metres * SEWERAGE_SHARE


def instalments(total, months):
    each = (total / months).quantize(Decimal("0.01"))
    return [each] * months


def with_vat(amount):
    return amount + amount * VAT


def days_between_reads(previous, current):
    return (current - previous).days


def bill_json(bill):
    return json.dumps(bill)


def standing_charge(days, per_year):
    return (Decimal(per_year) / 365 * days).quantize(Decimal("0.01"))


@deprecated(reason="use volumetric()")
def legacy_volumetric(cubic_metres, rate):
    return volumetric(cubic_metres, rate)


def estimate(history):
    return legacy_volumetric(sum(history) / len(history), "1.84")


def bill_period(start, months):
    end_month = start.month + months
    return dt.date(start.year, end_month, start.day)
