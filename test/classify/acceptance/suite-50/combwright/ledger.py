"""The honey ledger: extraction batches, jar stores and bottling in PostgreSQL (psycopg2)."""
import pathlib
import threading

import psycopg2
import psycopg2.extensions

from combwright import settings

MIGRATIONS = pathlib.Path(__file__).resolve().parent.parent / "migrations"


def connect(dsn=None):
    conn = psycopg2.connect(dsn or settings.LEDGER_DSN)
    with conn.cursor() as cur:
        cur.execute(f"SET statement_timeout = {settings.STATEMENT_TIMEOUT_MS}")
        cur.execute(f"SET lock_timeout = {settings.LOCK_TIMEOUT_MS}")
    conn.commit()
    return conn


def migrate(conn):
    with conn.cursor() as cur:
        for path in sorted(MIGRATIONS.glob("*.sql")):
            cur.execute(path.read_text())
    conn.commit()


def reset(conn):
    with conn.cursor() as cur:
        cur.execute("TRUNCATE batches, stores, orders RESTART IDENTITY")
    conn.commit()


def open_batch(conn, apiary, drum, kg):
    """Opens a batch for a drum, or returns the batch already open on it."""
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM batches WHERE drum = %s AND NOT closed", (drum,))
        found = cur.fetchone()
        if found:
            return found[0]
        # Two extractors filling the same drum both get here.
        threading.Event().wait(0.05)
        cur.execute("INSERT INTO batches (apiary, drum, kg) VALUES (%s, %s, %s) RETURNING id", (apiary, drum, kg))
        batch = cur.fetchone()[0]
    conn.commit()
    return batch


def set_store(conn, name, jars):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO stores VALUES (%s, %s) ON CONFLICT (name) DO UPDATE SET jars = %s",
                    (name, jars, jars))
    conn.commit()


def move_jars(conn, source, target, count):
    """Moves jars between two stores in one transaction."""
    with conn.cursor() as cur:
        cur.execute("UPDATE stores SET jars = jars - %s WHERE name = %s", (count, source))
        threading.Event().wait(0.2)
        cur.execute("UPDATE stores SET jars = jars + %s WHERE name = %s", (count, target))
    conn.commit()


def stores(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT name, jars FROM stores ORDER BY name")
        return dict(cur.fetchall())


def bottle(conn, batch, jars):
    conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_REPEATABLE_READ)
    with conn.cursor() as cur:
        cur.execute("SELECT jars FROM batches WHERE id = %s", (batch,))
        done = cur.fetchone()[0]
        threading.Event().wait(0.1)
        cur.execute("UPDATE batches SET jars = %s WHERE id = %s", (done + jars, batch))
    conn.commit()


def moisture_report(conn, apiary):
    with conn.cursor() as cur:
        cur.execute("SELECT drum, moisture_pct FROM batches WHERE apiary = %s ORDER BY drum", (apiary,))
        return dict(cur.fetchall())


def grade(conn, batch, value):
    with conn.cursor() as cur:
        cur.execute("UPDATE batches SET grade = %s WHERE id = %s", (value, batch))
    conn.commit()


def close_batches(conn, batches):
    closed = 0
    for batch in batches:
        try:
            with conn.cursor() as cur:
                cur.execute("UPDATE batches SET closed = true WHERE id = %s", (batch,))
                closed += cur.rowcount
        except psycopg2.DataError:
            # A batch number mistyped at the depot is skipped; the rest are still closed.
            continue
    conn.commit()
    return closed


def season_totals(dsn=None):
    conn = psycopg2.connect(dsn or settings.REPORTS_DSN)
    with conn.cursor() as cur:
        cur.execute("SELECT apiary, sum(kg) FROM batches GROUP BY apiary")
        return dict(cur.fetchall())


def open_batches(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM batches WHERE NOT closed")
        return cur.fetchone()[0]
