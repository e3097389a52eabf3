"""Departures and their local times."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def next_day(departure: datetime) -> datetime:
    return (departure.astimezone(ZoneInfo("UTC")) + timedelta(days=1)).astimezone(OSLO)


def parse_departure(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=OSLO)


def minutes_between(a: datetime, b: datetime) -> int:
    return int((b - a).total_seconds() // 60)
