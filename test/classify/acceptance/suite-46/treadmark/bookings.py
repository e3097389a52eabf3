"""Workshop bookings: PostgreSQL for the chain (psycopg2), a bay's local book in SQLite (sqlite3)."""
import datetime
import sqlite3

import psycopg2

from treadmark import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS bookings (
    ref TEXT PRIMARY KEY,
    depot TEXT NOT NULL,
    day TEXT NOT NULL,
    plate TEXT NOT NULL,
    tyres INTEGER NOT NULL
);
"""


def chain_connection(dsn=None):
    return psycopg2.connect(dsn or settings.BOOKINGS_DSN)


def open_book(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.executescript(SCHEMA)
    return db


def book(db, ref, depot, day, plate, tyres=4):
    with db:
        db.execute("INSERT INTO bookings (ref, depot, day, plate, tyres) VALUES (?, ?, ?, ?, ?)",
                   (ref, depot, day.isoformat(), plate, tyres))


def walk_in(db, ref, depot, plate):
    with db:
        db.execute("INSERT INTO bookings (ref, depot, day, plate, tyres) VALUES (?, ?, ?, ?, ?)",
                   (ref, depot, datetime.date.today().isoformat(), plate, None))


def bookings_for(db, depot):
    return db.execute("SELECT ref FROM bookings WHERE depot = ? ORDER BY ref", (depot,)).fetchall()


def upcoming(db, depot):
    rows = db.execute("SELECT ref FROM bookings WHERE depot = ? AND day >= date('now') ORDER BY day",
                      (depot,)).fetchall()
    return [row[0] for row in rows]


def fitted_today(db, depot):
    return db.execute("SELECT ref, fitted_at FROM bookings WHERE depot = ?", (depot,)).fetchall()


def chain_booking_id(connection, ref):
    cursor = connection.cursor()
    cursor.execute("SELECT id FROM bookings WHERE ref = %s", (ref,))
    row = cursor.fetchone()
    return row[0]
