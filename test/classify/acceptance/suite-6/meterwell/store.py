"""The readings store (sqlite) and the meter registry (dbm)."""

import dbm
import sqlite3

from meterwell import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS readings (
    meter TEXT NOT NULL,
    ts INTEGER NOT NULL,
    wh INTEGER NOT NULL,
    PRIMARY KEY (meter, ts)
);
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER);
"""


class Store:
    def __init__(self, path, timeout=0.2):
        self.db = sqlite3.connect(path, timeout=timeout)
        self.db.executescript(SCHEMA)

    def add_batch(self, readings):
        with self.db:
            self.db.executemany(
                "INSERT INTO readings (meter, ts, wh) VALUES (:meter, :ts, :wh)", readings
            )

    def add(self, reading):
        self.add_batch([reading])

    def flagged(self, meter):
        rows = self.db.execute(
            "SELECT ts, wh FROM readings WHERE meter = ? AND quality < 2 ORDER BY ts", (meter,)
        )
        return rows.fetchall()

    def count(self):
        return self.db.execute("SELECT count(*) FROM readings").fetchone()[0]


def open_registry():
    return dbm.open(settings.REGISTRY_PATH, "r")


def import_legacy(path):
    legacy = sqlite3.connect(path)
    return legacy.execute("SELECT meter, ts, wh FROM readings").fetchall()
