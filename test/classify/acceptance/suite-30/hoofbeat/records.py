"""Patient records (horses, owners, visits) in PostgreSQL, through ODBC."""
import pyodbc

from hoofbeat import settings


def connect(dsn=None):
    return pyodbc.connect(dsn or settings.RECORDS_DSN, timeout=settings.ODBC_TIMEOUT)


def reports():
    return pyodbc.connect(settings.REPORTS_DSN, timeout=settings.ODBC_TIMEOUT, readonly=True)


def register(conn, passport, name, owner):
    cursor = conn.cursor()
    cursor.execute("INSERT INTO horses (passport, name, owner) VALUES (?, ?, ?)", passport, name, owner)
    conn.commit()
    return passport
