"""The event catalogue: stations, events and phase picks in PostgreSQL (psycopg2)."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import psycopg2.pool

from tremorline import settings

SCHEMA = "public"

TABLES = """
CREATE TABLE IF NOT EXISTS stations (code text PRIMARY KEY, lat double precision, lon double precision);
CREATE TABLE IF NOT EXISTS events (
    id integer PRIMARY KEY, lat double precision, lon double precision, depth_km double precision,
    magnitude double precision, reviewed_by text
);
CREATE TABLE IF NOT EXISTS packets (station text, seq integer, samples integer);
"""


def connect(dsn=None, timeouts=True):
    conn = psycopg2.connect(dsn or settings.CATALOGUE_DSN)
    with conn.cursor() as cur:
        cur.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        cur.execute(f"SET search_path TO {SCHEMA}")
        if timeouts:
            cur.execute(f"SET statement_timeout = {settings.STATEMENT_TIMEOUT_MS}")
            cur.execute(f"SET lock_timeout = {settings.LOCK_TIMEOUT_MS}")
    conn.commit()
    return conn


def waveform_index():
    """The archive cluster's index of stored waveforms."""
    return psycopg2.connect(settings.WAVEFORM_INDEX_DSN)


def migrate(conn):
    with conn.cursor() as cur:
        cur.execute(TABLES)
    conn.commit()


def reset(conn):
    with conn.cursor() as cur:
        cur.execute("TRUNCATE stations, events, packets")
    conn.commit()


def add_event(conn, event_id, lat, lon, depth_km, magnitude):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO events (id, lat, lon, depth_km, magnitude) VALUES (%s, %s, %s, %s, %s)",
                    (event_id, lat, lon, depth_km, magnitude))
    conn.commit()


def magnitude_of(conn, event_id):
    with conn.cursor() as cur:
        cur.execute("SELECT magnitude FROM events WHERE id = %s", (event_id,))
        return cur.fetchone()[0]


def ingest_pool():
    return psycopg2.pool.ThreadedConnectionPool(
        settings.CATALOGUE_POOL_MIN, settings.CATALOGUE_POOL_MAX, settings.CATALOGUE_DSN,
        options=f"-c search_path={SCHEMA}")


def ingest_packet(pool, station, seq, samples):
    """Stores one station's data packet on a connection of the ingest pool."""
    conn = pool.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO packets VALUES (%s, %s, %s)", (station, seq, samples))
            cur.execute("SELECT pg_sleep(0.2)")
        conn.commit()
    finally:
        pool.putconn(conn)


def ingest_burst(pool, stations):
    """Every station sends its packet at once, as after a network partition heals."""
    with ThreadPoolExecutor(max_workers=len(stations)) as executor:
        futures = [executor.submit(ingest_packet, pool, station, 1, 100) for station in stations]
        return [future.result() for future in futures]


def revise_magnitudes(conn, first, second, delta, ready):
    """An analyst's revision touches two events of one sequence, in the order the analyst saved them."""
    with conn.cursor() as cur:
        cur.execute("UPDATE events SET magnitude = magnitude + %s WHERE id = %s", (delta, first))
        ready.wait(timeout=5)
        cur.execute("UPDATE events SET magnitude = magnitude + %s WHERE id = %s", (delta, second))
    conn.commit()


def revise_both_ways(dsn_conns, a, b):
    ready = threading.Barrier(2)
    with ThreadPoolExecutor(max_workers=2) as executor:
        one = executor.submit(revise_magnitudes, dsn_conns[0], a, b, 0.1, ready)
        other = executor.submit(revise_magnitudes, dsn_conns[1], b, a, -0.1, ready)
        return one.result(), other.result()


def next_event_id(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT coalesce(max(id), 0) + 1 FROM events")
        return cur.fetchone()[0]


def publish(conn, lat, lon, depth_km, magnitude):
    """Gives a newly located event the next catalogue number."""
    event_id = next_event_id(conn)
    time.sleep(0.1)  # the location is written to the bulletin first
    add_event(conn, event_id, lat, lon, depth_km, magnitude)
    return event_id


def _audit(event_id, analyst):
    audit = connect()
    try:
        with audit.cursor() as cur:
            cur.execute("UPDATE events SET reviewed_by = %s WHERE id = %s", (analyst, event_id))
        audit.commit()
    finally:
        audit.close()


def review(conn, event_id, analyst):
    """Locks the event while the analyst reviews it, and records who reviewed it."""
    with conn.cursor() as cur:
        cur.execute("SELECT magnitude FROM events WHERE id = %s FOR UPDATE", (event_id,))
        magnitude = cur.fetchone()[0]
        _audit(event_id, analyst)
    conn.commit()
    return magnitude


def seed_events(conn, count):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO events (id, lat, lon, depth_km, magnitude) "
                    "SELECT n, 35 + (n %% 97) * 0.05, 20 + (n %% 89) * 0.05, 10, 2 + (n %% 30) * 0.1 "
                    "FROM generate_series(1, %s) AS n", (count,))
    conn.commit()


def clustered_events(conn, radius_deg):
    """Events with another event within radius_deg: the swarm detector's first pass."""
    with conn.cursor() as cur:
        cur.execute("SELECT count(DISTINCT a.id) FROM events a JOIN events b "
                    "ON a.id <> b.id AND abs(a.lat - b.lat) < %s AND abs(a.lon - b.lon) < %s",
                    (radius_deg, radius_deg))
        return cur.fetchone()[0]


def replay_hour(conn, day, hour):
    """Replays one hour of a day's packets through the locator (half a second of work on the server)."""
    with conn.cursor() as cur:
        cur.execute("SELECT pg_sleep(0.5), %s::date + make_interval(hours => %s)", (day, hour))
        return cur.fetchone()[1]
