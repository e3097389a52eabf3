"""The cave's arithmetic: wheels, maturation, prices, labels and orders."""
import datetime
import locale
from decimal import ROUND_HALF_UP, Decimal

AGEING_DAYS = {"comte": 240, "tomme": 60, "brie": 35, "bleu": 90}


def ready_on(kind, made):
    # A wheel is ready once it has aged its full number of days.
    return made + datetime.timedelta(days=AGEING_DAYS[kind] - 1)


def turns_needed(kind):
    # Turned every third day, the first turn on the day it goes in.
    return AGEING_DAYS[kind] // 3 + 1


def price(weight_kg, per_kg):
    return (Decimal(str(weight_kg)) * Decimal(per_kg)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def trim_loss(weight_kg, rind_share=0.04):
    return round(weight_kg * rind_share, 3)


def order(monger, wheels, deliver_on, today=None):
    today = today or datetime.date.today()
    if deliver_on < today:
        raise ValueError(f"delivery date {deliver_on} is in the past")
    if not wheels:
        raise ValueError("an order needs at least one wheel")
    return {"monger": monger, "wheels": list(wheels), "deliver_on": deliver_on}


def label(kind, made):
    locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")
    try:
        return f"{kind.upper()} affiné depuis le {made.strftime('%d %B %Y')}"
    finally:
        locale.setlocale(locale.LC_TIME, "C")


def humidity_ok(reading, target=92.0, band=3.0):
    return abs(reading - target) <= band
