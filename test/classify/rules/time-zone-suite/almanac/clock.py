"""When a harbour's tides fall in its own time: each harbour names its zone in the settings."""
import datetime
import os
import zoneinfo

HARBOURS = {
    "brest": "Europe/Paris",
    "seattle": "US/Pacific",
    "dover": os.environ.get("ALMANAC_DOVER_TZ", "Europe/Londno"),
    "lisbon": "europe/lisbon",
    "recife": "America/Recife ",
}


def local_hour(harbour, when):
    zone = zoneinfo.ZoneInfo(HARBOURS[harbour])
    return when.astimezone(zone).hour
