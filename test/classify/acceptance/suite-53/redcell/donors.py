"""Donors, eligibility and appointments."""
import datetime
import sqlite3

from pydantic import BaseModel

MIN_GAP_DAYS = 56


class Donation(BaseModel):
    donor: int
    volume_ml: int
    haemoglobin: float


def next_eligible(last_donation):
    return last_donation + datetime.timedelta(days=MIN_GAP_DAYS - 1)


def book(day, today=None):
    today = today or datetime.date.today()
    if day < today:
        raise ValueError(f"appointment on {day} is in the past")
    return {"day": day.isoformat(), "status": "booked"}


def record_donation(donor, volume_ml, reading):
    return Donation(donor=donor, volume_ml=volume_ml, haemoglobin=reading.get("hb"))


def is_overdue(due, now=None):
    now = now or datetime.datetime.now()
    return due < now


def average_hb(readings):
    return sum(readings) / len(readings)


def total_litres(volumes_ml):
    return sum(round(volume / 1000, 1) for volume in volumes_ml)


def archive(path, donor_id):
    db = sqlite3.connect(path)
    db.execute("create table if not exists archived (donor integer)")
    db.execute("insert into archived values (?)", (donor_id,))
    db.commit()


def register(db, donor_id, name, group):
    db.execute("insert into donors (id, name, blood_group) values (?, ?, ?)", (donor_id, name, group))
    db.commit()


def deferred(db):
    return [row[0] for row in db.execute("select id from donors where deferred_until > date('now')")]
