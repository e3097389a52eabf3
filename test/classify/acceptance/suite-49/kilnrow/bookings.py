"""Kiln firing bookings in SQLite."""
import datetime
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS firing (
    id INTEGER PRIMARY KEY,
    kiln TEXT NOT NULL,
    day TEXT NOT NULL,
    member TEXT NOT NULL,
    cone INTEGER NOT NULL,
    UNIQUE (kiln, day)
);
"""


def connect(path, timeout=0.2):
    db = sqlite3.connect(path, timeout=timeout)
    db.executescript(SCHEMA)
    return db


def book(db, kiln, day, member, cone):
    with db:
        cursor = db.execute("INSERT INTO firing (kiln, day, member, cone) VALUES (?, ?, ?, ?)",
                            (kiln, day.isoformat(), member, cone))
    return cursor.lastrowid


def rebook(db, firing_id, day):
    db.execute("UPDATE firing SET day = ? WHERE id = ?", (day.isoformat(), firing_id))
    # committed by the caller's end-of-request hook


def cancel(db, firing_id):
    with db:
        db.execute("DELETE FROM firing WHERE id = ?", (firing_id,))


def firings_of(db, member):
    return db.execute("SELECT kiln, day, cone, shelf_count FROM firing WHERE member = ?",
                      (member,)).fetchall()


def busy_days(db, kiln, start, days):
    end = start + datetime.timedelta(days=days)
    rows = db.execute("SELECT day FROM firing WHERE kiln = ? AND day >= ? AND day < ?",
                      (kiln, start.isoformat(), end.isoformat())).fetchall()
    return [datetime.date.fromisoformat(day) for (day,) in rows]


def is_bookable(day, today=None):
    today = today or datetime.date.today()
    return day >= today
