"""Pilotage fees, boarding windows, slot parsing."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal


def fee(gross_tonnage, night=False):
    base = Decimal("180.00") + Decimal("0.012") * gross_tonnage
    if night:
        base *= Decimal("1.25")
    return base.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def parse_slot(text):
    """'0630-0745' -> (minutes from midnight at start, at end)."""
    start, end = text.split("-")
    return int(start[:2]) * 60 + int(start[2:]), int(end[:2]) * 60 + int(end[2:])


def window_minutes(text):
    start, end = parse_slot(text)
    return end - start


def boarding_time(high_water, offset_minutes):
    return high_water - dt.timedelta(minutes=offset_minutes)


def pilots_needed(length_m):
    return 1 + length_m // 250


def draught_ok(draught_m, depth_m, margin=0.1):
    return draught_m * (1 + margin) <= depth_m


def tug_count(gross_tonnage):
    if gross_tonnage < 10000:
        return 1
    if gross_tonnage < 50000:
        return 2
    return 3


def slot_label(minutes):
    return f"{minutes // 60:02d}{minutes % 60:02d}"


def split_scopes(text):
    return [part for part in text.split(" ") if part]
