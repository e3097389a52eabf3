"""Prescription records in PostgreSQL (psycopg2)."""
import psycopg2

from . import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.DATABASE_DSN)


def dispense(conn, prescription_id, sku, count):
    with conn.cursor() as cur:
        cur.execute("UPDATE stock SET level = level - %s WHERE sku = %s", (count, sku))
        cur.execute("UPDATE prescriptions SET dispensed = true WHERE id = %s", (prescription_id,))
    conn.commit()


def refill(conn, prescription_id):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO refills (prescription_id) VALUES (%s)", (prescription_id,))
    conn.commit()


def reserve_for_order(conn, order_id, skus):
    conn.set_session(isolation_level="SERIALIZABLE")
    with conn.cursor() as cur:
        for sku in skus:
            cur.execute("UPDATE stock SET reserved = reserved + 1 WHERE sku = %s", (sku,))
        cur.execute("INSERT INTO reservations (order_id) VALUES (%s)", (order_id,))
    conn.commit()


def lock_for_audit(conn, branch):
    with conn.cursor() as cur:
        cur.execute("SET lock_timeout = '500ms'")
        cur.execute("LOCK TABLE stock IN EXCLUSIVE MODE")
        cur.execute("SELECT sku, level FROM stock WHERE branch = %s", (branch,))
        return cur.fetchall()


def patient_history(conn, patient_id):
    with conn.cursor() as cur:
        cur.execute("SELECT id, sku FROM prescriptions WHERE patient_id = %s", (patient_id,))
        return cur.fetchall()
