"""Finds: periods, conservation costs, permits, the find model, areas and bag labels."""
from datetime import datetime, timezone
from decimal import Decimal

from pydantic import BaseModel

PERIODS = {
    "neolithic": (-4000, -2500),
    "bronze age": (-2500, -800),
    "roman": (43, 410),
    "early medieval": (410, 1066),
    "medieval": (1066, 1540),
    "post-medieval": (1540, 1900),
}

CONSERVATION_RATE = {"ceramic": Decimal("12.50"), "metal": Decimal("40.00"), "bone": Decimal("18.00"),
                     "glass": Decimal("25.00"), "wood": Decimal("55.00")}
VAT = 0.2


def period_of(year):
    for name, (start, end) in PERIODS.items():
        if start <= year < end:
            return name
    return None


def period_span(name):
    start, end = PERIODS[name]
    return end - start


def conservation_cost(material, hours):
    return CONSERVATION_RATE[material] * hours


def conservation_cost_with_vat(material, hours):
    return conservation_cost(material, hours) * (1 + VAT)


def permit_valid(expires, now=None):
    now = now or datetime.now(timezone.utc)
    return now < expires


class Find(BaseModel):
    number: str
    material: str
    context: int
    weight_g: float


def find_from_sheet(row):
    return Find(number=row["number"], material=row["material"], context=row.get("context"), weight_g=row["weight_g"])


def trench_area(length, width):
    return length * width


def bag_label(number, context, material):
    return f"{number} | ctx {context} | {material.upper()}"


def sieve_volume(buckets, litres_per_bucket=10):
    return buckets * litres_per_bucket


def permit_from_sheet(text):
    """A scheduled-monument consent's expiry as the permits sheet writes it (YYYY-MM-DD)."""
    return datetime.strptime(text, "%Y-%m-%d")


def permit_sheet_valid(text, now=None):
    return permit_valid(permit_from_sheet(text), now)
