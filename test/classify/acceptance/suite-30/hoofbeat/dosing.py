"""Doses by body weight, for the drugs the practice dispenses."""
from decimal import ROUND_HALF_UP, Decimal

from hoofbeat import settings
from hoofbeat.errors import DoseError

# mg per kg of body weight, and the most a single dose may be.
DRUGS = {
    "phenylbutazone": (Decimal("4.4"), Decimal("4400")),
    "flunixin": (Decimal("1.1"), Decimal("1100")),
    "gentamicin": (Decimal("6.6"), Decimal("6600")),
    "omeprazole": (Decimal("4"), Decimal("4000")),
}


def dose_mg(drug, weight_kg):
    per_kg, ceiling = DRUGS[drug]
    dose = per_kg * weight_kg
    if dose > ceiling:
        raise DoseError(f"{drug}: {dose} mg is over the single-dose ceiling of {ceiling} mg")
    return dose.quantize(Decimal(1).scaleb(-settings.DOSE_DECIMALS), rounding=ROUND_HALF_UP)


def doses_per_day(interval_hours):
    return 24 // interval_hours


def course_total(drug, weight_kg, days, interval_hours):
    return dose_mg(drug, weight_kg) * days * doses_per_day(interval_hours)


def weight_from_tape(girth_cm, length_cm):
    """The weigh-tape formula: girth² × length / 11,877 (cm, kg)."""
    return girth_cm * girth_cm * length_cm / 11877
