"""Entries and finish times in PostgreSQL (psycopg2), through a small pool."""
import concurrent.futures
import time

import psycopg2
import psycopg2.pool

from racebib import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    bib integer PRIMARY KEY,
    runner text NOT NULL,
    emergency_contact text NOT NULL,
    finish_seconds numeric(5, 1)
);
CREATE TABLE IF NOT EXISTS transfers (id serial PRIMARY KEY, bib integer, to_runner text);
"""


def connect():
    conn = psycopg2.connect(settings.ENTRIES_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(SCHEMA)
    return conn


def add_entry(conn, bib, runner, contact="on file"):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO entries (bib, runner, emergency_contact) VALUES (%s, %s, %s)"
                    " ON CONFLICT (bib) DO NOTHING", (bib, runner, contact))


def add_walk_in(conn, runner):
    with conn.cursor() as cur:
        cur.execute("SELECT coalesce(max(bib), 50000) FROM entries WHERE bib >= 50000")
        bib = cur.fetchone()[0] + 1
        time.sleep(0.05)
        cur.execute("INSERT INTO entries (bib, runner, emergency_contact) VALUES (%s, %s, 'walk-in')", (bib, runner))
    return bib


def add_entry_online(conn, bib, runner, form):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO entries (bib, runner, emergency_contact) VALUES (%s, %s, %s)",
                    (bib, runner, form.get("emergency")))


def record_finish(conn, bib, seconds):
    with conn.cursor() as cur:
        cur.execute("UPDATE entries SET finish_seconds = %s WHERE bib = %s", (seconds, bib))


def results_by_club(conn, club):
    with conn.cursor() as cur:
        cur.execute("SELECT bib, runner FROM entries WHERE club = %s ORDER BY finish_seconds", (club,))
        return cur.fetchall()


def swap_bibs(first, second):
    """Two desks swap two runners' bibs at once, each in its own transaction, each in its own order."""
    def swap(a, b):
        conn = psycopg2.connect(settings.ENTRIES_DSN)
        try:
            with conn, conn.cursor() as cur:
                cur.execute("UPDATE entries SET runner = runner WHERE bib = %s", (a,))
                time.sleep(0.3)
                cur.execute("UPDATE entries SET runner = runner WHERE bib = %s", (b,))
        finally:
            conn.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        done = [pool.submit(swap, first, second), pool.submit(swap, second, first)]
        return [f.result() for f in done]


_pool = None


def pool():
    global _pool
    if _pool is None:
        _pool = psycopg2.pool.ThreadedConnectionPool(1, settings.POOL_SIZE, settings.ENTRIES_DSN)
    return _pool


def lookup(bib):
    conn = pool().getconn()
    with conn.cursor() as cur:
        cur.execute("SELECT runner FROM entries WHERE bib = %s", (bib,))
        row = cur.fetchone()
    conn.rollback()
    if row is None:
        return None
    pool().putconn(conn)
    return row[0]
