"""Taproom hours, happy hours and last orders, in the brewery's own time zone."""
import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dotenv import dotenv_values

ENV = dotenv_values(Path(__file__).parent / "data" / "brewery.env")


def zone():
    return ZoneInfo(ENV["BREWERY_TZ"])


def is_happy_hour(moment):
    start = datetime.datetime.combine(moment.date(), datetime.time(17, 0))
    end = datetime.datetime.combine(moment.date(), datetime.time(19, 0))
    return start <= moment < end


def days_in_tank(filled, today):
    return (today - filled).days


def ready_to_package(filled, today, conditioning_days=14):
    return days_in_tank(filled, today) > conditioning_days


def is_open(moment):
    return datetime.time(12, 0) <= moment.time() < datetime.time(23, 0)
