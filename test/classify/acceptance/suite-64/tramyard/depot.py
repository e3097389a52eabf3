"""The fleet register in PostgreSQL and the depot's work book in SQLite."""
import sqlite3
import threading
import time

import psycopg2

from tramyard import settings


def fleet():
    return psycopg2.connect(settings.FLEET_DSN)


def workbook(path):
    conn = sqlite3.connect(path, timeout=0.5, check_same_thread=False)
    conn.execute("CREATE TABLE IF NOT EXISTS jobs (number INTEGER PRIMARY KEY, tram TEXT, text TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS audit (tram TEXT, what TEXT)")
    conn.commit()
    return conn


def open_job(conn, tram, text):
    (number,) = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM jobs").fetchone()
    time.sleep(0.01)
    conn.execute("INSERT INTO jobs VALUES (?, ?, ?)", (number, tram, text))
    conn.commit()
    return number


def open_jobs_from_fitters(path, tram, fitters):
    errors = []

    def fitter(n):
        conn = sqlite3.connect(path, timeout=5)
        try:
            open_job(conn, tram, f"fitter {n}")
        except sqlite3.Error as error:
            errors.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=fitter, args=(n,)) for n in range(fitters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def release_tram(conn, path, tram):
    conn.execute("UPDATE jobs SET text = text || ' (released)' WHERE tram = ?", (tram,))
    audit = sqlite3.connect(path, timeout=0.5)
    try:
        audit.execute("INSERT INTO audit VALUES (?, 'released')", (tram,))
        audit.commit()
    finally:
        audit.close()
    conn.commit()
