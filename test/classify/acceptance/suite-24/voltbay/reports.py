"""Operator reports: readable figures, connector lookups, public links and the daily XML feed."""

import xml.etree.ElementTree as ET

import humanize
import hyperlink
import more_itertools
from boltons.timeutils import parse_timedelta


def energy_label(wh: int) -> str:
    return humanize.intcomma(wh // 1000) + " kWh"


def session_length_label(seconds: int) -> str:
    return humanize.naturaldelta(seconds)


def connector_of(station: dict, connector_type: str) -> dict:
    return more_itertools.one(c for c in station["connectors"] if c["type"] == connector_type)


def public_link(base: str, station_name: str) -> str:
    url = hyperlink.URL.from_text(base)
    return url.child("stations", station_name).to_text()


def booking_window(text: str):
    return parse_timedelta(text)


def station_feed(stations: list) -> str:
    parts = ["<stations>"]
    for station in stations:
        parts.append(f'<station id="{station["id"]}"><name>{station["name"]}</name></station>')
    parts.append("</stations>")
    document = "".join(parts)
    ET.fromstring(document)
    return document


def uptime_percent(up_minutes: list, day_minutes: int = 1440) -> list:
    return [round(100 * minutes / day_minutes, 1) for minutes in up_minutes]
