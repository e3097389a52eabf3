"""The outage register (PostgreSQL through psycopg2)."""
import threading
import time

import psycopg2
from psycopg2.pool import ThreadedConnectionPool

from gridcall import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS incidents (id SERIAL PRIMARY KEY, number INTEGER UNIQUE, feeder TEXT, state TEXT);
CREATE TABLE IF NOT EXISTS feeders (name TEXT PRIMARY KEY, customers INTEGER);
CREATE TABLE IF NOT EXISTS crews (name TEXT PRIMARY KEY, depot TEXT);
"""


def connect():
    conn = psycopg2.connect(settings.OUTAGES_DSN)
    conn.autocommit = True
    return conn


def migrate():
    with connect() as conn, conn.cursor() as cur:
        cur.execute(SCHEMA)
        cur.execute("INSERT INTO feeders VALUES ('F-101', 1200), ('F-102', 800) ON CONFLICT DO NOTHING")


def open_incident(conn, feeder):
    with conn.cursor() as cur:
        cur.execute("SELECT coalesce(max(number), 0) + 1 FROM incidents")
        number = cur.fetchone()[0]
        time.sleep(0.05)
        cur.execute("INSERT INTO incidents (number, feeder, state) VALUES (%s, %s, 'open')", (number, feeder))
    return number


def close_incident(conn, number):
    with conn.cursor() as cur:
        cur.execute("SET lock_timeout = '500ms'")
        cur.execute("UPDATE incidents SET state = 'restored', restored_at = now() WHERE number = %s", (number,))


def set_state(conn, number, state):
    with conn.cursor() as cur:
        cur.execute("SET lock_timeout = '500ms'")
        cur.execute("UPDATE incidents SET state = %s WHERE number = %s", (state, number))


def calls_for(conn, feeder):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM calls WHERE feeder = %s", (feeder,))
        return cur.fetchone()[0]


class Pool:
    def __init__(self, size):
        self.pool = ThreadedConnectionPool(1, size, settings.OUTAGES_DSN)

    def crew_count(self):
        conn = self.pool.getconn()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT pg_sleep(0.2), count(*) FROM crews")
                return cur.fetchone()[1]
        finally:
            self.pool.putconn(conn)

    def close(self):
        self.pool.closeall()


class Replica:
    """The reporting replica: applies the primary's incidents every two seconds."""

    def __init__(self):
        self.rows = {}
        self.stop = threading.Event()
        threading.Thread(target=self._follow, daemon=True).start()

    def _follow(self):
        conn = connect()
        while not self.stop.wait(2.0):
            with conn.cursor() as cur:
                cur.execute("SELECT number, state FROM incidents")
                self.rows = dict(cur.fetchall())
        conn.close()

    def state(self, number):
        return self.rows.get(number)
