"""Hotels' linen orders: the chain's PostgreSQL, each depot's wash book in SQLite, the invoicing ledger in SQLAlchemy."""
import sqlite3

import psycopg2
import sqlalchemy
from sqlalchemy import text

from rinsewell import settings


def orders_connection():
    return psycopg2.connect(settings.ORDERS_DSN)


def orders_engine():
    return sqlalchemy.create_engine(settings.ORDERS_DSN.replace("postgresql://", "postgresql+psycopg2://"))


def open_orders(engine, hotel):
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT ref FROM orders WHERE hotel = :h"), {"h": hotel})]


SCHEMA = """
CREATE TABLE IF NOT EXISTS washes (ref TEXT PRIMARY KEY, hotel TEXT NOT NULL, kilos REAL NOT NULL, washed_on TEXT);
"""


def wash_book(path):
    conn = sqlite3.connect(path, timeout=0.2)
    conn.executescript(SCHEMA)
    return conn


def book_wash(conn, ref, hotel, kilos):
    conn.execute("INSERT INTO washes (ref, hotel, kilos) VALUES (?, ?, ?)", (ref, hotel, kilos))
    conn.commit()


def rewash(conn, ref):
    row = conn.execute("SELECT hotel, kilos FROM washes WHERE ref = ?", (ref,)).fetchone()
    book_wash(conn, ref, row[0], row[1])


def dried_today(conn):
    return conn.execute("SELECT ref FROM washes WHERE dried_at = date('now')").fetchall()


def mark_washed(path, ref):
    """Marks a wash done and logs it to the audit table through a second connection."""
    conn = sqlite3.connect(path, timeout=0.2)
    conn.execute("UPDATE washes SET washed_on = date('now') WHERE ref = ?", (ref,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (ref TEXT)")
    audit.execute("INSERT INTO audit VALUES (?)", (ref,))
    audit.commit()
    conn.commit()


def ledger_engine(url):
    return sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.QueuePool, pool_size=settings.LEDGER_POOL_SIZE,
                                    max_overflow=0, pool_timeout=0.5)
