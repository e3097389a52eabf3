"""Skier accounts and their pass history in PostgreSQL."""
import psycopg2

from snowgate import settings


def connect():
    return psycopg2.connect(settings.PG_DSN)


def pass_history(conn, skier_id: int) -> list:
    with conn.cursor() as cursor:
        cursor.execute("SELECT pass_id, first_day, days FROM passes WHERE skier_id = %s ORDER BY first_day", (skier_id,))
        return cursor.fetchall()
