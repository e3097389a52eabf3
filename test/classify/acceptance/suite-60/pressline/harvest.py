"""Harvest intake: load numbers, sugar and potential alcohol, excise duty, grape prices, delivery notes."""
from datetime import datetime, timezone
from decimal import Decimal

from pydantic import BaseModel

# Grower's price per tonne by variety.
PRICE_PER_TONNE = {
    "riesling": Decimal("1450.00"),
    "pinot noir": Decimal("1980.00"),
    "chardonnay": Decimal("1620.00"),
    "muller-thurgau": Decimal("820.00"),
}
# Duty per litre of still wine by strength band.
DUTY_RATE = 0.2
EXCISE_PER_LITRE = {"up to 11.5": Decimal("2.67"), "11.5 to 14.5": Decimal("2.89")}


def load_number(day, index):
    """Loads are numbered from 1 each day: the first load of day 12 is P12-001."""
    return f"P{day:02d}-{index:03d}"


def potential_alcohol(brix):
    return round(brix * 0.59 - 0.4, 1)


def payment(variety, kilos):
    return PRICE_PER_TONNE[variety] * Decimal(kilos) / 1000


def duty(litres, strength):
    band = "up to 11.5" if strength <= 11.5 else "11.5 to 14.5"
    return EXCISE_PER_LITRE[band] * litres * DUTY_RATE


def days_in_tank(filled, now):
    return (now - filled).days


def arrived_at(stamp):
    return datetime.fromisoformat(stamp)


def hours_since_picked(picked_at):
    return (datetime.now(timezone.utc) - arrived_at(picked_at)).total_seconds() / 3600


class Delivery(BaseModel):
    load: str
    grower: str
    kilos: float
    brix: float


def delivery_from_ticket(ticket):
    return Delivery(**ticket)


def bins_for(kilos, per_bin=400):
    return kilos // per_bin


def contract_open(ends):
    return ends > datetime.now(timezone.utc)


def blend_shares(litres):
    total = sum(litres.values())
    return {variety: amount / total for variety, amount in litres.items()}
