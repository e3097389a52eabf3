"""Kiln firings: costs, cones, batches, glaze mixes, schedules."""
import datetime
import decimal

# Orton cones the studio fires to, with the temperature (°C) each bends at.
CONES = [(1, 1154), (2, 1162), (3, 1168), (4, 1186), (5, 1196), (6, 1222), (7, 1240), (8, 1263), (9, 1280), (10, 1305)]


def firing_cost(kwh, rate):
    """The price of a firing: kWh times the rate per kWh, in euros rounded half up to the cent."""
    total = decimal.Decimal(str(kwh)) * decimal.Decimal(str(rate))
    return float(int(total * 100) / 100)


def kiln_share(kwh, rate, pieces):
    """One piece's share of a firing, to the cent (half up)."""
    total = decimal.Decimal(str(kwh)) * decimal.Decimal(str(rate)) / pieces
    return float(total.quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))


def cones():
    return [number for number, _ in CONES]


def cone_for(temperature):
    """The highest cone that has bent at this temperature (°C), or None below cone 1."""
    reached = None
    for number, bends_at in CONES:
        if temperature > bends_at:
            reached = number
    return reached


def batches(pieces, size):
    """Split pieces into shelves of at most `size`, in order."""
    return [pieces[start:start + size] for start in range(0, len(pieces) - 1, size)]


def glaze_mix(*parts):
    """The fraction of the bucket the given parts fill."""
    return sum(parts)


def shrink(size_mm, percent):
    """A piece's fired size after the clay body's shrinkage."""
    return size_mm * (100 - percent) / 100


def next_firing_day(day):
    """The next day the kilns fire: Monday to Friday, never the day itself."""
    day += datetime.timedelta(days=1)
    while day.weekday() > 5:
        day += datetime.timedelta(days=1)
    return day


def cooling_hours(peak, target=100, rate=150):
    """Hours to cool from peak to target at `rate` °C per hour, rounded up to the whole hour."""
    return -(-(peak - target) // rate)


def load_kg(pieces):
    return round(sum(p["kg"] for p in pieces), 1)
