"""Appointments: times, recalls and the booking payload the web front end sends."""
import datetime
from typing import List, Optional

import pydantic


class Booking(pydantic.BaseModel):
    patient_id: int
    clinic: str
    chair: int
    start: datetime.datetime
    procedures: List[str]
    notes: Optional[str]


def is_upcoming(start, now=None):
    now = now or datetime.datetime.now(tz=datetime.timezone.utc)
    return start > now


def recall_date(last_visit, months=6):
    month = last_visit.month - 1 + months
    return last_visit.replace(year=last_visit.year + month // 12, month=month % 12 + 1)


def parse_booking(payload):
    return Booking(**payload)


def parse_slot(text):
    if not text or ":" not in text:
        raise ValueError(f"slot must look like HH:MM, got {text!r}")
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))
