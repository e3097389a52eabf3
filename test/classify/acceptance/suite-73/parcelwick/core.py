"""Prices, zones, delivery estimates and addresses."""

import datetime as dt
import math
from decimal import Decimal

ZONES = {"AB": 3, "BT": 4, "EC": 1, "G": 2, "LS": 2, "M": 2, "N": 1, "PA": 3, "ZE": 4}
BASE = {1: Decimal("3.90"), 2: Decimal("4.60"), 3: Decimal("6.20"), 4: Decimal("8.80")}
PER_KG = Decimal("0.85")
FUEL_SURCHARGE = 0.045


def zone(postcode):
    area = postcode.split()[0].rstrip("0123456789")
    return ZONES[area]


def volumetric_kg(length_cm, width_cm, height_cm):
    return math.floor(length_cm * width_cm * height_cm / 5000)


def chargeable_kg(weight_kg, dims):
    return max(weight_kg, volumetric_kg(*dims))


def price(postcode, weight_kg, dims=(10, 10, 10)):
    kg = Decimal(str(chargeable_kg(weight_kg, dims)))
    return (BASE[zone(postcode)] + PER_KG * kg).quantize(Decimal("0.01"))


def with_fuel(amount):
    return amount + amount * FUEL_SURCHARGE


def normalise_postcode(text):
    compact = text.replace(" ", "").upper()
    return f"{compact[:-3]} {compact[-3:]}"


def eta(booked_at, working_days):
    day = booked_at
    added = 0
    while added < working_days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    return day


def is_late(promised, now=None):
    now = now or dt.datetime.now(dt.timezone.utc)
    return now > promised


def split_evenly(total, parts):
    share = (total / parts).quantize(Decimal("0.01"))
    return [share] * parts
