"""Survey arithmetic: volumes from the shipped formulas (sympy), gauge feed paths (jsonpath-ng), tide windows."""

import tomllib
from datetime import datetime, timedelta
from pathlib import Path

import sympy
from jsonpath_ng import parse as jsonpath

from shorewarden.settings import AlertSettings

CONFIG = Path(__file__).resolve().parent.parent / "config" / "shorewarden.toml"


def shipped() -> dict:
    with open(CONFIG, "rb") as source:
        return tomllib.load(source)


def volume(kind: str, **dimensions: float) -> float:
    formula = sympy.sympify(shipped()["volumes"][kind])
    return float(formula.subs({sympy.Symbol(name): value for name, value in dimensions.items()}))


def feed_values(feed: dict, field: str) -> list:
    return [match.value for match in jsonpath(shipped()["readings"][field]).find(feed)]


def rounded_volume(volume_m3: float) -> int:
    """Volumes are reported to the cubic metre, halves rounded up (survey standard SW-4)."""
    return round(volume_m3)


def survey_window(high_water: datetime, hours: int = 2) -> list[datetime]:
    """The hourly survey slots from `hours` before high water to `hours` after, both included."""
    start = high_water - timedelta(hours=hours)
    return [start + timedelta(hours=step) for step in range(2 * hours)]


def alert_recipients() -> list[str]:
    return AlertSettings().alert_emails


def metres_to_feet(metres: float) -> float:
    return metres * 3.28084


def parse_survey_id(text: str) -> tuple[str, int]:
    site, _, number = text.partition("-")
    return site, int(number)


def slope_percent(rise_m: float, run_m: float) -> float:
    return 100.0 * rise_m / run_m
