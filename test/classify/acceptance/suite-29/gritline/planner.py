"""Tonight's gritting plan from the forecast."""
from dataclasses import dataclass
from datetime import date

from gritline import settings
from gritline.gateway import station_address

PRIORITY_ROUTES = ["A61-north", "A61-south", "B6045"]


@dataclass
class Plan:
    night: date
    surface_c: float
    should_grit: bool
    routes: list


def plan_night(night, forecast_surface_c):
    should = forecast_surface_c <= settings.FREEZE_THRESHOLD_C
    return Plan(night, forecast_surface_c, should, PRIORITY_ROUTES[:] if should else [])


def forecast_for(station):
    """Ask the station's forecast service (found through DNS)."""
    address = station_address(f"{station}.gritline.internal")
    return {"station": station, "address": address}


def schedule(night, today=None):
    today = today or date.today()
    if night < today:
        raise ValueError(f"cannot schedule gritting for {night.isoformat()}: that night is past")
    return {"night": night.isoformat(), "status": "scheduled"}


SEASON = []


def add_to_season(route):
    SEASON.append(route)
    return len(SEASON)
