"""The cellar's PostgreSQL and the press house's cellar book in SQLite."""
import sqlite3

import psycopg2

from pressline import settings


def connect():
    return psycopg2.connect(settings.DATABASE_URL, connect_timeout=1)


def open_book(path):
    conn = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS tanks (tank TEXT PRIMARY KEY, litres INTEGER)")
    conn.execute("CREATE TABLE IF NOT EXISTS movements (tank TEXT, litres INTEGER, note TEXT)")
    return conn


def rack(path, conn, source, target, litres):
    """Racks wine from one tank to another and writes the movement through the movement log's own connection."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE tanks SET litres = litres - ? WHERE tank = ?", (litres, source))
    conn.execute("UPDATE tanks SET litres = litres + ? WHERE tank = ?", (litres, target))
    log = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT)
    log.execute("INSERT INTO movements VALUES (?, ?, ?)", (target, litres, f"racked from {source}"))
    log.commit()
    conn.execute("COMMIT")


def top_up(conn, tank, litres):
    conn.execute("UPDATE tanks SET litres = litres + ? WHERE tank = ?", (litres, tank))
