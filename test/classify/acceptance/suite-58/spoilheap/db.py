"""The finds register in PostgreSQL and a site's context sheets in SQLite."""
import sqlite3

import psycopg2

from spoilheap import settings


def connect():
    return psycopg2.connect(settings.DATABASE_URL, connect_timeout=1)


def open_sheets(path):
    conn = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS contexts (number INTEGER PRIMARY KEY, trench TEXT, deposit TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS audit (context INTEGER, note TEXT)")
    return conn


def renumber_context(path, conn, old, new):
    """Renumbers a context and writes the audit line through the audit log's own connection."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE contexts SET number = ? WHERE number = ?", (new, old))
    audit = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT)
    audit.execute("INSERT INTO audit VALUES (?, ?)", (new, f"renumbered from {old}"))
    audit.commit()
    conn.execute("COMMIT")
