"""Parking tickets and free spaces per level in PostgreSQL (psycopg2)."""
import pathlib
import threading

import psycopg2
import psycopg2.extensions

from baywarden import settings

MIGRATIONS = pathlib.Path(__file__).resolve().parent.parent / "migrations"


def connect(dsn=None):
    conn = psycopg2.connect(dsn or settings.TICKETS_DSN)
    with conn.cursor() as cur:
        cur.execute(f"SET statement_timeout = {settings.STATEMENT_TIMEOUT_MS}")
        cur.execute(f"SET lock_timeout = {settings.LOCK_TIMEOUT_MS}")
    conn.commit()
    return conn


def migrate(conn):
    with conn.cursor() as cur:
        for path in sorted(MIGRATIONS.glob("*.sql")):
            cur.execute(path.read_text())
    conn.commit()


def open_ticket(conn, garage, plate):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM tickets WHERE garage = %s AND plate = %s AND NOT closed", (garage, plate))
        found = cur.fetchone()
        if found:
            return found[0]
        # Two barriers reading the same plate at once both get here.
        threading.Event().wait(0.05)
        cur.execute("INSERT INTO tickets (garage, plate) VALUES (%s, %s) RETURNING id", (garage, plate))
        ticket = cur.fetchone()[0]
    conn.commit()
    return ticket


def pay(conn, ticket, cents):
    conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_REPEATABLE_READ)
    with conn.cursor() as cur:
        cur.execute("SELECT paid_cents FROM tickets WHERE id = %s", (ticket,))
        paid = cur.fetchone()[0]
        threading.Event().wait(0.1)
        cur.execute("UPDATE tickets SET paid_cents = %s WHERE id = %s", (paid + cents, ticket))
    conn.commit()


def close_ticket(conn, ticket):
    with conn.cursor() as cur:
        cur.execute("UPDATE tickets SET closed = true WHERE id = %s", (ticket,))
    conn.commit()


def set_free(conn, garage, level, free):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO spaces VALUES (%s, %s, %s) ON CONFLICT (garage, level) DO UPDATE SET free = %s",
                    (garage, level, free, free))
    conn.commit()


def move_car(conn, garage, source, target):
    """One car leaves level source for level target: both counts change in one transaction."""
    with conn.cursor() as cur:
        cur.execute("UPDATE spaces SET free = free + 1 WHERE garage = %s AND level = %s", (garage, source))
        threading.Event().wait(0.2)
        cur.execute("UPDATE spaces SET free = free - 1 WHERE garage = %s AND level = %s", (garage, target))
    conn.commit()


def free_spaces(conn, garage):
    with conn.cursor() as cur:
        cur.execute("SELECT level, free FROM spaces WHERE garage = %s ORDER BY level", (garage,))
        return dict(cur.fetchall())


def tariff_bands(conn, garage):
    with conn.cursor() as cur:
        cur.execute("SELECT tariff_band, count(*) FROM tickets WHERE garage = %s GROUP BY tariff_band", (garage,))
        return dict(cur.fetchall())


def occupancy_report(conn, garage):
    with conn.cursor() as cur:
        # The report walks every ticket of the year: slow on a busy garage.
        cur.execute("SELECT count(*) FROM tickets, pg_sleep(0.5) WHERE garage = %s", (garage,))
        return cur.fetchone()[0]


def close_all(conn, tickets):
    closed = 0
    for ticket in tickets:
        try:
            with conn.cursor() as cur:
                cur.execute("UPDATE tickets SET closed = true WHERE id = %s", (ticket,))
                closed += cur.rowcount
        except psycopg2.DataError:
            # A malformed ticket number is skipped; the rest are still closed.
            continue
    conn.commit()
    return closed


def daily_totals(dsn=None):
    conn = psycopg2.connect(dsn or settings.REPORTS_DSN)
    with conn.cursor() as cur:
        cur.execute("SELECT garage, sum(paid_cents) FROM tickets GROUP BY garage")
        return dict(cur.fetchall())


def booth_connections(garages):
    """Every booth of every garage keeps its own connection for the shift."""
    return {garage: connect() for garage in garages}
