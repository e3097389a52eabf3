"""Hive arithmetic: weights, supers, honey sales, treatments and inspection intervals."""
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from pydantic import BaseModel

JAR_PRICE = {"227g": Decimal("4.50"), "454g": Decimal("7.50")}
MEMBER_DISCOUNT = 0.9
TREATMENTS = {
    "varroa": {"product": "oxalic acid", "withdrawal_days": 0},
    "nosema": {"product": "none licensed", "withdrawal_days": 0},
    "chalkbrood": {"product": "requeen", "withdrawal_days": 0},
}


def kg_from_lb(pounds):
    return round(pounds * 0.45359237, 3)


def net_weight(gross, tare):
    return round(gross - tare, 3)


def supers_needed(frames_of_bees, frames_per_super=10):
    """One super per full ten frames of bees, and one more for a part."""
    full, part = divmod(frames_of_bees, frames_per_super)
    return full + (1 if part > 1 else 0)


def honey_sale(jar, count, member=False):
    total = JAR_PRICE[jar] * count
    if member:
        total = total * MEMBER_DISCOUNT
    return total.quantize(Decimal("0.01"))


def treatment_for(disease):
    return TREATMENTS[disease.lower()]["product"]


def next_inspection(last, days=7):
    return last + timedelta(days=days)


def overdue(last_inspected):
    return datetime.now(timezone.utc) - last_inspected > timedelta(days=9)


class Inspection(BaseModel):
    hive: str
    queen_seen: bool
    frames_of_brood: int
    temper: str


def parse_inspection(raw):
    return Inspection(**raw)
