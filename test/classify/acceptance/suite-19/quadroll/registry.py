"""The registry: enrolments in PostgreSQL, a department office's seat book in SQLite."""
import sqlite3

import psycopg2

from quadroll import settings


def connect_pg():
    return psycopg2.connect(settings.PG_DSN)


def open_book(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("CREATE TABLE IF NOT EXISTS sections (code TEXT PRIMARY KEY, capacity INTEGER, taken INTEGER DEFAULT 0)")
    db.execute("CREATE TABLE IF NOT EXISTS enrolments (student TEXT, section TEXT, UNIQUE (student, section))")
    return db


def enrol(db, student, section):
    db.execute("INSERT INTO enrolments (student, section) VALUES (?, ?)", (student, section))
    db.execute("UPDATE sections SET taken = taken + 1 WHERE code = ?", (section,))


def enrol_with_retry(db, student, section):
    """Enrols; on a full section, waits a moment and tries once more."""
    for _ in range(2):
        enrol(db, student, section)
        (taken, capacity) = db.execute("SELECT taken, capacity FROM sections WHERE code = ?", (section,)).fetchone()
        if taken <= capacity:
            return True
    return False


def waitlist_position(db, student, section):
    row = db.execute("SELECT position FROM waitlist WHERE student = ? AND section = ?", (student, section)).fetchone()
    return row[0] if row else None


def move_section(path, student, old, new):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE enrolments SET section = ? WHERE student = ? AND section = ?", (new, student, old))
    _recount(path, old)
    db.commit()


def _recount(path, section):
    other = sqlite3.connect(path, timeout=0.2)
    other.execute("UPDATE sections SET taken = (SELECT count(*) FROM enrolments WHERE section = ?) WHERE code = ?", (section, section))
    other.commit()


def sections_of(db, codes):
    marks = ",".join("?" for _ in codes)
    return db.execute(f"SELECT code FROM sections WHERE code IN ({marks})", (codes,)).fetchall()


def capacity_report(path):
    with sqlite3.connect(path) as db:
        db.close()
        return db.execute("SELECT code, capacity - taken FROM sections").fetchall()
