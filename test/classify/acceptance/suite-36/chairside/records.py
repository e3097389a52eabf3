"""Treatment records in PostgreSQL (psycopg2)."""
import psycopg2
import psycopg2.extras

from chairside import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.RECORDS_DSN)


def treatments_of(conn, patient_id):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cursor:
        cursor.execute("SELECT * FROM treatments WHERE patient_id = %s ORDER BY performed_at", (patient_id,))
        return cursor.fetchall()


def add_treatment(conn, patient_id, code, tooth):
    with conn.cursor() as cursor:
        cursor.execute("INSERT INTO treatments (patient_id, code, tooth) VALUES (%s, %s, %s) RETURNING id", (patient_id, code, tooth))
        return cursor.fetchone()[0]
