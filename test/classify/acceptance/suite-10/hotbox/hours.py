"""Restaurants' opening hours, in the restaurant's own time zone."""

from datetime import time
from zoneinfo import ZoneInfo

RESTAURANTS = {
    "pizzeria-uno": ("Europe/Dublin", time(11, 30), time(22, 0)),
    "berlin-doner": ("Europe/Berlin", time(11, 0), time(22, 0)),
    "sushi-lisboa": ("Europe/Lisbon", time(12, 0), time(23, 0)),
}


def is_open(restaurant, at):
    """Whether the restaurant takes orders at the aware datetime `at`."""
    zone, opens, closes = RESTAURANTS[restaurant]
    local = at.replace(tzinfo=ZoneInfo(zone))
    return opens <= local.time() < closes
