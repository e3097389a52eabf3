"""Payouts to farms: pickup windows, milk price with quality grades, hauling charges, collection tickets."""
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from pydantic import BaseModel

# Bonus per litre by quality grade (somatic cell count band).
GRADE_BONUS = {"A": Decimal("0.020"), "B": Decimal("0.010"), "C": Decimal("0.000")}
BASE_PRICE = Decimal("0.410")
HAULAGE_PER_KM = 0.35


def pickup_days(start, end):
    """The days a farm is collected from in a payout period, both ends included."""
    return [start + timedelta(days=n) for n in range((end - start).days)]


def litre_price(grade):
    return BASE_PRICE + GRADE_BONUS[grade]


def payout(litres, grade, km):
    return litres * litre_price(grade) - km * HAULAGE_PER_KM


def milk_value(litres, grade):
    return Decimal(litres) * litre_price(grade)


def parse_milked(stamp):
    return datetime.fromisoformat(stamp)


def hours_since_milking(stamp):
    return (datetime.now(timezone.utc) - parse_milked(stamp)).total_seconds() / 3600


def fat_shares(fat_kg):
    total = sum(fat_kg.values())
    return {farm: kg / total for farm, kg in fat_kg.items()}


class Collection(BaseModel):
    route: str
    farm: str
    litres: int
    temperature: float


def collection_from_ticket(ticket):
    return Collection(**ticket)


def contract_active(ends, today=None):
    return ends >= (today or date.today())


def route_code(region, number):
    return f"{region.upper()}-{number:03d}"
