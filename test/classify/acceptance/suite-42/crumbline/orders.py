"""Customer orders in PostgreSQL (psycopg2)."""
import psycopg2

from crumbline import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.ORDERS_DSN)


def place(conn, branch, customer, items):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO orders (branch, customer, items) VALUES (%s, %s, %s) RETURNING id",
                    (branch, customer, items))
        return cur.fetchone()[0]


def items_of(conn, order):
    with conn.cursor() as cur:
        cur.execute("SELECT items FROM orders WHERE id = %s", (order,))
        return cur.fetchone()[0]
