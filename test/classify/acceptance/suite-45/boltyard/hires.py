"""Hire records in PostgreSQL (psycopg2)."""
import psycopg2

from boltyard import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.HIRES_DSN)


def open_hire(conn, account, kit, days):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO hires (account, kit, days) VALUES (%s, %s, %s) RETURNING id", (account, kit, days))
        return cur.fetchone()[0]


def kit_of(conn, hire_id):
    with conn.cursor() as cur:
        cur.execute("SELECT kit FROM hires WHERE id = %s", (hire_id,))
        return cur.fetchone()[0]
