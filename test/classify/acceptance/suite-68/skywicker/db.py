"""The flight book: flights, passengers and bookings in PostgreSQL through psycopg2."""
import psycopg2

from . import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS flights (id serial PRIMARY KEY, site text NOT NULL, pilot text NOT NULL,
    seats integer NOT NULL, launched boolean NOT NULL DEFAULT false);
CREATE TABLE IF NOT EXISTS bookings (id serial PRIMARY KEY, flight_id integer REFERENCES flights(id),
    passenger text NOT NULL, weight_kg integer NOT NULL);
CREATE TABLE IF NOT EXISTS chaos_audit (id serial PRIMARY KEY, test text NOT NULL);
"""


def connect():
    return psycopg2.connect(host=settings.DB_HOST, port=settings.DB_PORT, dbname=settings.DB_NAME,
                            user=settings.DB_USER, connect_timeout=3)


def ensure_schema(conn):
    with conn.cursor() as cur:
        cur.execute(SCHEMA)
    conn.commit()


def add_flight(conn, site, pilot, seats):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO flights (site, pilot, seats) VALUES (%s, %s, %s) RETURNING id", (site, pilot, seats))
        flight_id = cur.fetchone()[0]
    conn.commit()
    return flight_id


def book(conn, flight_id, passenger, weight_kg):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO bookings (flight_id, passenger, weight_kg) VALUES (%s, %s, %s) RETURNING id",
                    (flight_id, passenger, weight_kg))
        booking_id = cur.fetchone()[0]
    conn.commit()
    return booking_id


def passengers(conn, flight_id):
    with conn.cursor() as cur:
        cur.execute("SELECT passenger FROM bookings WHERE flight_id = %s ORDER BY id", (flight_id,))
        return [row[0] for row in cur.fetchall()]


def load_kg(conn, flight_id):
    with conn.cursor() as cur:
        cur.execute("SELECT coalesce(sum(weight_kg), 0) FROM bookings WHERE flight_id = %s", (flight_id,))
        return cur.fetchone()[0]


def audit(conn, test):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO chaos_audit (test) VALUES (%s)", (test,))
    conn.commit()
