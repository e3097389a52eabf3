"""Bookings in PostgreSQL (pg8000)."""
import pg8000.native

from moorline import settings


def connect():
    return pg8000.native.Connection(settings.PG_USER, host=settings.PG_HOST, port=settings.PG_PORT,
                                    database=settings.PG_DATABASE, timeout=2)
