"""Pet records in PostgreSQL (psycopg2)."""
import psycopg2

from pawstay import settings


def connect():
    return psycopg2.connect(settings.PETS_DSN)


def add_pet(conn, name, owner):
    with conn.cursor() as cursor:
        cursor.execute("INSERT INTO pets (name, owner) VALUES (%s, %s) RETURNING id", (name, owner))
        return cursor.fetchone()[0]


def owner_of(conn, pet):
    with conn.cursor() as cursor:
        cursor.execute("SELECT owner FROM pets WHERE id = %s", (pet,))
        return cursor.fetchone()[0]
