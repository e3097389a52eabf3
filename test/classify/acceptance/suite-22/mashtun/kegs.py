"""Keg tracking (fills, returns, where each keg is) in SQLite."""
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS kegs (serial TEXT PRIMARY KEY, size_l INTEGER NOT NULL, batch TEXT, site TEXT);
CREATE TABLE IF NOT EXISTS movements (serial TEXT NOT NULL, at TEXT NOT NULL, direction TEXT NOT NULL);
"""


def open_db(path):
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return conn


def register(conn, serial, size_l, site="brewery"):
    conn.execute("INSERT INTO kegs (serial, size_l, site) VALUES (?, ?, ?)", (serial, size_l, site))
    conn.commit()


def record_return(conn, serial, at, site="brewery"):
    # A returned keg is registered again at the brewery.
    conn.execute("INSERT INTO kegs (serial, size_l, site) VALUES (?, ?, ?)", (serial, 50, site))
    conn.execute("INSERT INTO movements VALUES (?, ?, 'in')", (serial, at))
    conn.commit()


def kegs_of_style(conn, style):
    return conn.execute("SELECT serial FROM kegs WHERE style = ? ORDER BY serial", (style,)).fetchall()


def fill(conn, serial, batch):
    conn.execute("UPDATE kegs SET batch = ? WHERE serial = ?", (batch, serial))
    conn.commit()
