"""Sessions, revoked tokens and bookings in SQLite."""
import os
import sqlite3
import time

from .settings import ROOT, settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user TEXT NOT NULL, opened REAL NOT NULL);
CREATE TABLE IF NOT EXISTS revoked (jti TEXT PRIMARY KEY, expires TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS bookings (id INTEGER PRIMARY KEY, pilot TEXT, day TEXT, vessel TEXT,
                                     idem TEXT UNIQUE);
"""


def connect(path=None):
    path = path or os.environ.get("TIDEMARK_DB") or str(ROOT / settings["db"]["path"])
    conn = sqlite3.connect(path, timeout=settings["db"]["busy_timeout"])
    conn.executescript(SCHEMA)
    return conn


def open_session(conn, user):
    sid = f"s{int(time.time())}"
    with conn:
        conn.execute("INSERT INTO sessions VALUES (?, ?, ?)", (sid, user, time.time()))
    return sid


def session_with_csrf(conn, sid):
    return conn.execute("SELECT user, csrf FROM sessions WHERE id = ?", (sid,)).fetchone()


def revoke(conn, jti, expires):
    with conn:
        conn.execute("INSERT OR REPLACE INTO revoked VALUES (?, ?)", (jti, str(expires)))


def purge_revoked(conn, now):
    with conn:
        conn.execute("DELETE FROM revoked WHERE expires < ?", (now,))
    return conn.execute("SELECT COUNT(*) FROM revoked").fetchone()[0]


def record_booking(conn, pilot, day, vessel, idem):
    with conn:
        conn.execute("INSERT INTO bookings (pilot, day, vessel, idem) VALUES (?, ?, ?, ?)", (pilot, day, vessel, idem))


def audit(path, conn, line):
    """Write an audit line while the session table is being written by conn."""
    other = sqlite3.connect(path, timeout=settings["db"]["busy_timeout"])
    with other:
        other.execute("CREATE TABLE IF NOT EXISTS audit (line TEXT)")
        other.execute("INSERT INTO audit VALUES (?)", (line,))
    other.close()
