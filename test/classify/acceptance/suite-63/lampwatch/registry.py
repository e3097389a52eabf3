"""The aids-to-navigation registry (PostgreSQL) and the keepers' logbook (SQLite)."""
import sqlite3
import threading

import psycopg2

from lampwatch import settings


def registry():
    return psycopg2.connect(settings.REGISTRY_DSN)


SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    number INTEGER PRIMARY KEY,
    light TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (light TEXT, what TEXT);
"""


def logbook(path):
    conn = sqlite3.connect(path, timeout=0.2, check_same_thread=False)
    conn.executescript(SCHEMA)
    return conn


def write_entry(conn, light, text):
    number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM entries").fetchone()[0]
    conn.execute("INSERT INTO entries (number, light, text) VALUES (?, ?, ?)", (number, light, text))
    conn.commit()
    return number


def write_entries_from_keepers(path, light, keepers):
    errors = []

    def keeper(n):
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            conn.execute("BEGIN")
            number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM entries").fetchone()[0]
            conn.execute("COMMIT")
            threading.Event().wait(0.01)
            conn.execute("INSERT INTO entries (number, light, text) VALUES (?, ?, ?)", (number, light, f"watch {n}"))
        except sqlite3.Error as error:
            errors.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=keeper, args=(n,)) for n in range(keepers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def relight(conn, path, light):
    conn.execute("UPDATE entries SET text = text || ' (relit)' WHERE light = ?", (light,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO audit (light, what) VALUES (?, 'relit')", (light,))
    audit.commit()
    audit.close()
    conn.commit()
