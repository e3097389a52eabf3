"""Farm visits: booking, travel charges and the day's round."""
from datetime import date, datetime, timedelta

from hoofbeat.lab import client

MILEAGE_PENCE = 95
CALL_OUT_PENCE = 4500


def book(horse, day, today=None):
    today = today or date.today()
    if day < today:
        raise ValueError(f"cannot book {horse} on {day.isoformat()}: that day has passed")
    return {"horse": horse, "day": day}


def travel_charge(miles):
    return CALL_OUT_PENCE + miles * MILEAGE_PENCE


def round_order(visits):
    return sorted(visits, key=lambda visit: visit["postcode"])


def lab_status(accession):
    return client().getResult(accession=accession).status


def next_farrier(last, weeks=6):
    return last + timedelta(weeks=weeks)


def overdue(last_seen, now=None):
    now = now or datetime.now()
    return now - last_seen > timedelta(days=365)
