"""Fifteen-minute settlement buckets."""

from datetime import datetime, timedelta

import pytz
from dateutil import parser as dateparser

BUCKET = timedelta(minutes=15)


def bucket_of(moment):
    start = moment.replace(minute=(moment.minute // 15) * 15, second=0, microsecond=0)
    if moment == start:
        start -= BUCKET
    return start


def local_midnight(day, zone="Europe/Berlin"):
    return datetime(day.year, day.month, day.day, tzinfo=pytz.timezone(zone))


def local_slot(naive, zone="Europe/Berlin"):
    return pytz.timezone(zone).localize(naive, is_dst=None)


def parse_meter_time(text):
    return dateparser.parse(text, dayfirst=True)


def energy_total(readings):
    return sum(r["kwh"] for r in readings)
