"""Hive records in SQLite."""
import sqlite3

SCHEMA = """
CREATE TABLE hives (id TEXT PRIMARY KEY, apiary TEXT NOT NULL, frames INTEGER NOT NULL);
CREATE TABLE inspections (id INTEGER PRIMARY KEY, hive TEXT NOT NULL, day TEXT NOT NULL, notes TEXT);
"""


def open_db(path):
    conn = sqlite3.connect(path, timeout=0.5)
    return conn


def migrate(conn):
    conn.executescript(SCHEMA)


def add_hive(conn, hive, apiary, frames):
    conn.execute("INSERT INTO hives VALUES (?, ?, ?)", (hive, apiary, frames))
    conn.commit()


def varroa_counts(conn, hive):
    return conn.execute("SELECT day, mite_count FROM inspections WHERE hive = ?", (hive,)).fetchall()


def record_inspection(path, conn, hive, day, notes):
    conn.execute("INSERT INTO inspections (hive, day, notes) VALUES (?, ?, ?)", (hive, day, notes))
    audit = sqlite3.connect(path, timeout=0.5)
    audit.execute("UPDATE hives SET frames = frames WHERE id = ?", (hive,))
    audit.commit()
    conn.commit()
