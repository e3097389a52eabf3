"""Memberships in SQLite."""
import sqlite3

from lapwater import settings

SCHEMA = """
CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT NOT NULL, kind TEXT NOT NULL, swims INTEGER DEFAULT 0);
CREATE TABLE visits (member_id INTEGER, pool TEXT, at TEXT);
"""


def connect(path):
    conn = sqlite3.connect(path, timeout=0.2)
    return conn


def create(conn):
    conn.executescript(SCHEMA)


def join(conn, member_id, email, kind):
    conn.execute("INSERT INTO members (id, email, kind) VALUES (?, ?, ?)", (member_id, email, kind))
    conn.commit()


def lapsed(conn):
    return [row[0] for row in conn.execute("SELECT id FROM members WHERE renewal_due < date('now')")]


def record_visit(path, member_id, pool):
    first = connect(path)
    first.execute("INSERT INTO visits VALUES (?, ?, datetime('now'))", (member_id, pool))
    second = connect(path)
    second.execute("UPDATE members SET swims = swims + 1 WHERE id = ?", (member_id,))
    second.commit()
    first.commit()


def archive(member_id):
    conn = sqlite3.connect(settings.ARCHIVE_DB)
    conn.execute("CREATE TABLE IF NOT EXISTS archived (id INTEGER)")
    conn.execute("INSERT INTO archived VALUES (?)", (member_id,))
    conn.commit()


def count(conn):
    return conn.execute("SELECT count(*) FROM members").fetchone()[0]
