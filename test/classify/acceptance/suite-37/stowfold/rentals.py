"""Unit rentals in PostgreSQL (psycopg2), and the gate access log."""
import psycopg2

from . import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.DATABASE_DSN)


def access_log_connect():
    return psycopg2.connect(settings.ACCESS_LOG_DSN)


def rent(conn, unit, customer):
    with conn.cursor() as cursor:
        cursor.execute("INSERT INTO rentals (unit, customer) VALUES (%s, %s)", (unit, customer))
    conn.commit()
