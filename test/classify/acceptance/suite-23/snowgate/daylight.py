"""Opening hours from daylight: lifts open at civil dawn and close at civil dusk."""
import datetime

import astral

from snowgate import settings


def resort() -> astral.Location:
    return astral.Location(("Resort", "Region", settings.RESORT_LATITUDE, settings.RESORT_LONGITUDE, settings.RESORT_TIMEZONE, 450))


def opening_hours(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    location = resort()
    return location.dawn(date=day), location.dusk(date=day)


def is_open(moment: datetime.datetime) -> bool:
    return 8 <= moment.hour < 17
