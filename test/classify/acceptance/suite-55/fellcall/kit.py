"""The kit store in SQLite."""
import sqlite3


def connect(path):
    conn = sqlite3.connect(path, timeout=0.2)
    return conn


def create(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS kit (tag TEXT PRIMARY KEY, kind TEXT NOT NULL, checked_out INTEGER DEFAULT 0)")
    conn.commit()


def add(conn, tag, kind):
    conn.execute("INSERT INTO kit (tag, kind) VALUES (?, ?)", (tag, kind))
    conn.commit()


def service_due(conn):
    return [row[0] for row in conn.execute("SELECT tag FROM kit WHERE next_service < date('now') ORDER BY tag")]


def check_out(path, tag):
    conn = connect(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE kit SET checked_out = 1 WHERE tag = ?", (tag,))
    log_movement(path, tag, "out")
    conn.commit()
    conn.close()


def log_movement(path, tag, direction):
    conn = connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS movements (tag TEXT, direction TEXT)")
    conn.execute("INSERT INTO movements VALUES (?, ?)", (tag, direction))
    conn.commit()
    conn.close()
