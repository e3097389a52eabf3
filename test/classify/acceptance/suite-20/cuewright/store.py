"""Projects and their deliveries in PostgreSQL."""
import psycopg2

from . import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.PG_DSN)


def archive():
    return psycopg2.connect(settings.ARCHIVE_DSN)


def projects(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT id, title FROM projects ORDER BY id")
        return cur.fetchall()
