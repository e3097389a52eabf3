"""Quarterly royalty reports for the collecting society."""
import json
from decimal import Decimal

import pycountry

from . import settings
from .licensing import clearance

SOCIETY_SHARE = 0.0375  # of the per-play rate


def territory():
    country = pycountry.countries.lookup(settings.TERRITORY)
    return country.alpha_3


def report_header(quarter):
    return {"station": settings.STATION_NAME, "territory": territory(), "quarter": quarter}


def artist_country(code):
    return pycountry.countries.get(alpha_2=code).name


def royalty_due(plays, rate_per_play=Decimal("0.42")):
    return plays * rate_per_play * SOCIETY_SHARE


def plays_per_listener_hour(plays, listener_hours):
    return round(plays / listener_hours, 2)


def play_record(track, played_at):
    return json.dumps({"isrc": track["isrc"], "title": track["title"], "played_at": played_at})


def cleared_plays(plays):
    return [play for play in plays if clearance(play["isrc"])["status"] == "cleared"]


def write_report(path, lines):
    with open(path, "w") as handle:
        for line in lines:
            handle.write(line + "\n")
        handle.flush()
    return len(lines)


def shares(split):
    return [part / sum(split) for part in split]
