"""The bolt ledger in SQLite: looms, bolts, shifts; a flusher thread batches writes."""
import sqlite3
import threading
import time
from pathlib import Path

from loomhouse import settings

MIGRATIONS = [
    "CREATE TABLE IF NOT EXISTS looms (id TEXT PRIMARY KEY, width_cm INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS bolts (number INTEGER PRIMARY KEY, loom TEXT NOT NULL REFERENCES looms(id),"
    " metres REAL NOT NULL, pattern TEXT)",
    "CREATE TABLE IF NOT EXISTS shifts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
    " foreman TEXT NOT NULL)",
    # 0004: bolts.dye_lot is added by migrations/0004_dye_lot.sql
]


def connect(path, timeout=5.0):
    connection = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    for statement in MIGRATIONS:
        connection.execute(statement)
    connection.commit()
    return connection


def from_settings():
    ledger = settings.service()["ledger"]
    return connect(Path(ledger["path"]), timeout=ledger["busy_timeout"])


class Ledger:
    def __init__(self, connection):
        self.connection = connection

    def add_loom(self, loom, width_cm):
        self.connection.execute("INSERT INTO looms (id, width_cm) VALUES (?, ?)", (loom, width_cm))
        self.connection.commit()

    def next_number(self):
        row = self.connection.execute("SELECT COALESCE(MAX(number), 0) FROM bolts").fetchone()
        return row[0] + 1

    def add_bolt(self, loom, metres, pattern=None, number=None):
        number = self.next_number() if number is None else number
        time.sleep(0.001)
        self.connection.execute(
            "INSERT INTO bolts (number, loom, metres, pattern) VALUES (?, ?, ?, ?)", (number, loom, metres, pattern)
        )
        self.connection.commit()
        return number

    def add_bolt_with_lot(self, loom, metres, dye_lot):
        number = self.next_number()
        self.connection.execute(
            "INSERT INTO bolts (number, loom, metres, dye_lot) VALUES (?, ?, ?, ?)", (number, loom, metres, dye_lot)
        )
        self.connection.commit()
        return number

    def bolts_of_lot(self, dye_lot):
        return self.connection.execute("SELECT number FROM bolts WHERE dye_lot = ?", (dye_lot,)).fetchall()

    def metres(self):
        return self.connection.execute("SELECT COALESCE(SUM(metres), 0) FROM bolts").fetchone()[0]

    def bolt_count(self):
        return self.connection.execute("SELECT COUNT(*) FROM bolts").fetchone()[0]

    def open_shift(self, name, foreman=None):
        self.connection.execute("INSERT INTO shifts (name, foreman) VALUES (?, ?)", (name, foreman))
        self.connection.commit()

    def retire_loom(self, loom):
        self.connection.execute("DELETE FROM looms WHERE id = ?", (loom,))
        self.connection.commit()


class Flusher:
    """Batches bolt counts from the loom sensors and writes them in one transaction every cycle."""

    def __init__(self, path, hold=1.0):
        self.path = path
        self.hold = hold
        self.thread = None

    def _flush(self):
        connection = sqlite3.connect(str(self.path), timeout=5.0)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE looms SET width_cm = width_cm")
        time.sleep(self.hold)
        connection.commit()
        connection.close()

    def start(self):
        self.thread = threading.Thread(target=self._flush)
        self.thread.start()
        time.sleep(0.05)

    def join(self):
        self.thread.join()
