"""The vessel registry in SQLite."""
import sqlite3
from pathlib import Path

SCHEMA = (Path(__file__).parent / "data" / "schema.sql").read_text()


def open_registry(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.executescript(SCHEMA)
    return db


def register(db, vessel):
    db.execute("INSERT INTO vessels (mmsi, name, length_m, owner) VALUES (?, ?, ?, ?)",
               (vessel["mmsi"], vessel["name"], vessel["length_m"], vessel["owner"]))
    db.commit()


def find_by_name(db, name):
    return db.execute(f"SELECT mmsi, name FROM vessels WHERE name = '{name}'").fetchall()


def deep_draft(db, metres):
    return db.execute("SELECT mmsi FROM vessels WHERE draft_m > ?", (metres,)).fetchall()


def record_arrivals(db, arrivals, notify):
    """Records each arrival and notifies the office inside one transaction."""
    for arrival in arrivals:
        db.execute("UPDATE vessels SET berth = ? WHERE mmsi = ?", (arrival["berth"], arrival["mmsi"]))
        notify(arrival)
    db.commit()
