"""The firing ledger in SQLite: firings, pieces, the archive."""
import datetime
import os
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS firings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kiln TEXT NOT NULL,
    cone INTEGER NOT NULL,
    day TEXT NOT NULL,
    fired_at TEXT
);
CREATE INDEX IF NOT EXISTS firings_by_cone ON firings (cone, kiln);
CREATE TABLE IF NOT EXISTS pieces (
    code TEXT PRIMARY KEY,
    firing_id INTEGER REFERENCES firings (id),
    potter TEXT NOT NULL
);
"""


def connect(path=":memory:"):
    conn = sqlite3.connect(path, timeout=0.2)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn


def add_firing(conn, kiln, cone, day):
    cursor = conn.execute("INSERT INTO firings (kiln, cone, day) VALUES (?, ?, ?)", (kiln, cone, str(day)))
    conn.commit()
    return cursor.lastrowid


def get_firing(conn, firing_id):
    return conn.execute("SELECT * FROM firings WHERE id = ?", (firing_id,)).fetchone()


def count_firings(conn):
    return conn.execute("SELECT COUNT(*) FROM firings").fetchone()[0]


def page(conn, number, size):
    """Page `number` (from 1) of the firings, `size` a page, oldest first."""
    rows = conn.execute("SELECT id FROM firings ORDER BY id LIMIT ? OFFSET ?", (size, number * size))
    return [row["id"] for row in rows]


def firings_for_cone(conn, cone):
    """The firings to a cone, in no particular order."""
    return [dict(row) for row in conn.execute("SELECT id, kiln FROM firings WHERE cone = ?", (cone,))]


def firing_glazes(conn, firing_id):
    return conn.execute("SELECT glaze_code FROM pieces WHERE firing_id = ?", (firing_id,)).fetchall()


def add_piece(conn, code, firing_id, potter):
    """Add a piece to a firing, or move it there if it is already in the ledger."""
    conn.execute("INSERT INTO pieces (code, firing_id, potter) VALUES (?, ?, ?)", (code, firing_id, potter))
    conn.commit()


def due_today(conn):
    """The firings planned for the studio's today (its local day)."""
    return [row["id"] for row in conn.execute("SELECT id FROM firings WHERE day = date('now')")]


def stamp_fired(conn, firing_id):
    """Mark a firing done; fired_at is the UTC time, ISO 8601."""
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    conn.execute("UPDATE firings SET fired_at = ? WHERE id = ?", (now, firing_id))
    conn.commit()
    return now


def archive_firing(path, firing_id):
    """Copy a firing to the audit table, in the same database file, while the ledger marks it archived."""
    conn = connect(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE firings SET fired_at = COALESCE(fired_at, 'archived') WHERE id = ?", (firing_id,))
    audit = connect(path)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (firing_id INTEGER)")
    audit.execute("INSERT INTO audit VALUES (?)", (firing_id,))
    audit.commit()
    conn.commit()


def open_archive():
    return connect(os.environ["KILNYARD_ARCHIVE_DB"])
