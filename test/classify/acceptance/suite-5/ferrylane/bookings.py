"""Bookings kept in SQLite (tests) or MySQL (production)."""

import json
import sqlite3
from datetime import datetime

import pymysql

from ferrylane import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS bookings (
    ref TEXT PRIMARY KEY,
    route TEXT NOT NULL,
    passengers INTEGER NOT NULL,
    departs TEXT NOT NULL
)
"""


class BookingRepo:
    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=0.2)
        self.db.execute(SCHEMA)
        self.db.commit()

    def upsert(self, ref: str, route: str, passengers: int, departs: str) -> None:
        self.db.execute(
            "INSERT INTO bookings (ref, route, passengers, departs) VALUES (?, ?, ?, ?)",
            (ref, route, passengers, departs),
        )
        self.db.commit()

    def hold(self, ref: str) -> None:
        """Marks a booking as held while payment runs (opens a write transaction)."""
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE bookings SET passengers = passengers WHERE ref = ?", (ref,))

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM bookings").fetchone()[0]


def to_json(booking: dict) -> str:
    return json.dumps(booking)


def mysql_connection():
    return pymysql.connect(connect_timeout=2, **settings.MYSQL)


def departure_key(departs: datetime) -> str:
    return departs.strftime("%Y-%m-%dT%H:%M")
