"""Cellar stock (malt, hops, kegs on hand) in MySQL."""
import mysql.connector

from mashtun import settings


def connect(**overrides):
    options = dict(host=settings.MYSQL_HOST, port=settings.MYSQL_PORT, user=settings.MYSQL_USER,
                   database=settings.MYSQL_DATABASE, connection_timeout=2, use_pure=True)
    options.update(overrides)
    return mysql.connector.connect(**options)


def connect_reporting():
    """The reporting replica, read-only."""
    return connect(host=settings.MYSQL_REPORTING_HOST, port=settings.MYSQL_REPORTING_PORT)


def on_hand(conn, sku):
    cur = conn.cursor()
    cur.execute("SELECT quantity FROM stock WHERE sku = %s", (sku,))
    row = cur.fetchone()
    return row[0] if row else 0
