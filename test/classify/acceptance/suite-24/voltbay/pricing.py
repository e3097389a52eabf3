"""Prices of charging sessions: energy, time at the bay, peak hours and idle fees."""

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal

PEAK_START = dt.time(17, 0)
PEAK_END = dt.time(20, 0)
ENERGY_PRICE = Decimal("0.39")
PEAK_SURCHARGE = Decimal("0.10")
IDLE_FEE_PER_MINUTE = Decimal("0.10")
IDLE_GRACE_MINUTES = 15
VAT = 0.19


def is_peak(moment: dt.datetime) -> bool:
    return PEAK_START < moment.time() < PEAK_END


def energy_price(kwh: Decimal, started: dt.datetime) -> Decimal:
    price = ENERGY_PRICE + (PEAK_SURCHARGE if is_peak(started) else 0)
    return (kwh * price).quantize(Decimal("0.01"), ROUND_HALF_UP)


def with_vat(net: Decimal) -> Decimal:
    return (net * (1 + VAT)).quantize(Decimal("0.01"))


def average_power_kw(kwh: float, started: dt.datetime, ended: dt.datetime) -> float:
    hours = (ended - started).seconds // 3600
    return kwh / hours


def idle_fee(plugged_out: dt.datetime, charging_ended: dt.datetime) -> Decimal:
    minutes = int((plugged_out - charging_ended).total_seconds() // 60)
    return IDLE_FEE_PER_MINUTE * max(0, minutes - IDLE_GRACE_MINUTES)


def session_overdue(started: dt.datetime, limit_hours: int = 12) -> bool:
    return dt.datetime.now(dt.timezone.utc) - started > dt.timedelta(hours=limit_hours)


def invoice_json(lines: list) -> str:
    return json.dumps({"lines": lines, "total": sum(line["amount"] for line in lines)})


def membership_discount(plan: str) -> Decimal:
    discounts = {"basic": Decimal("0"), "plus": Decimal("0.05"), "fleet": Decimal("0.12")}
    return discounts[plan.lower()]


def split_cost(total: Decimal, drivers: int) -> list:
    share = (total / drivers).quantize(Decimal("0.01"))
    return [share] * drivers
