"""Ticket records in PostgreSQL (psycopg2)."""
import psycopg2

from reelhouse import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.TICKETS_DSN)


def sell(conn, screening, seat, price_pence):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO tickets (screening, seat, price) VALUES (%s, %s, %s) RETURNING id", (screening, seat, price_pence))
        return cur.fetchone()[0]


def seat_of(conn, ticket_id):
    with conn.cursor() as cur:
        cur.execute("SELECT seat FROM tickets WHERE id = %s", (ticket_id,))
        return cur.fetchone()[0]
