"""Light characteristics, nominal and geographic ranges, visibility."""
import math
import re
from datetime import datetime, timezone
from decimal import Decimal

_PATTERN = re.compile(r"^(Fl|Oc|Iso|Q|LFl)(?:\((\d+)\))?\s+(\d+(?:\.\d+)?)s$")


def parse(text):
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(f"not a light characteristic: {text!r}")
    kind, group, period = match.groups()
    return {"kind": kind, "flashes": int(group or 1), "period": float(period)}


def flashes_per_minute(text):
    light = parse(text)
    return round(60 / light["period"] * light["flashes"])


def geographic_range_nm(height_m, eye_m=5.0):
    # 1.17 * sqrt(h) gives nautical miles.
    return round(1.17 * (math.sqrt(height_m) + math.sqrt(eye_m)), 1)


def nominal_range_nm(intensity_cd):
    return round(3.7 * math.log10(intensity_cd) - 8.1, 1)


def luminous_range_nm(intensity_cd, visibility_nm):
    nominal = nominal_range_nm(intensity_cd)
    return round(min(nominal, nominal * visibility_nm / 10), 1)


def bearing_to_radians(degrees):
    return degrees * math.pi / 180


def mean_visibility(readings):
    return sum(readings) / len(readings)


def hours_since_entry(stamp):
    lit_at = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return (datetime.now(timezone.utc) - lit_at).total_seconds() / 3600


def fuel_cost(litres, price):
    return Decimal(price) * litres
