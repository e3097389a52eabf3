"""Member records in PostgreSQL (psycopg2)."""
import psycopg2

from deskhive import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.MEMBERS_DSN)


def add_member(conn, email, plan):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO members (email, plan) VALUES (%s, %s) RETURNING id", (email, plan))
        return cur.fetchone()[0]


def plan_of(conn, member_id):
    with conn.cursor() as cur:
        cur.execute("SELECT plan FROM members WHERE id = %s", (member_id,))
        return cur.fetchone()[0]
