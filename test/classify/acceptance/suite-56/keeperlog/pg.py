"""The animal records' PostgreSQL."""
import psycopg2

from keeperlog import settings


def connect():
    return psycopg2.connect(settings.DATABASE_URL, connect_timeout=2)


def treatments_for(conn, animal_id):
    with conn.cursor() as cur:
        cur.execute("SELECT drug, dose_mg FROM treatments WHERE animal_id = %s", (animal_id,))
        return cur.fetchall()
