"""Reservations in PostgreSQL (psycopg2)."""
import psycopg2

from roomwise import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.RESERVATIONS_DSN)


def book(conn, hotel, guest, nights):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO reservations (hotel, guest, nights) VALUES (%s, %s, %s) RETURNING id",
                    (hotel, guest, nights))
        return cur.fetchone()[0]


def nights_of(conn, reservation):
    with conn.cursor() as cur:
        cur.execute("SELECT nights FROM reservations WHERE id = %s", (reservation,))
        return cur.fetchone()[0]
