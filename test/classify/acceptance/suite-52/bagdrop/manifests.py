"""Flight manifests in PostgreSQL; lost-bag claims in SQLite."""
import sqlite3

import psycopg2

from . import settings


def connect():
    return psycopg2.connect(settings.MANIFEST_DSN)


def bags_of(conn, flight):
    with conn.cursor() as cur:
        cur.execute("SELECT tag FROM manifest_bags WHERE flight = %s ORDER BY tag", (flight,))
        return [row[0] for row in cur.fetchall()]


def claims(path):
    conn = sqlite3.connect(path, timeout=0.2)
    conn.execute("CREATE TABLE IF NOT EXISTS claims (tag TEXT PRIMARY KEY, passenger TEXT, filed TEXT, status TEXT)")
    return conn


def file_claim(conn, tag, passenger, filed):
    conn.execute("INSERT INTO claims (tag, passenger, filed, status) VALUES (?, ?, ?, 'open')", (tag, passenger, filed))
    conn.commit()


def close_claim(path, conn, tag):
    conn.execute("UPDATE claims SET status = 'closed' WHERE tag = ?", (tag,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (tag TEXT, action TEXT)")
    audit.execute("INSERT INTO audit VALUES (?, 'closed')", (tag,))
    audit.commit()
    conn.commit()


def claim_courier(conn, tag):
    return conn.execute("SELECT courier FROM claims WHERE tag = ?", (tag,)).fetchone()


def open_claims(conn):
    return [row[0] for row in conn.execute("SELECT tag FROM claims WHERE status = 'open' ORDER BY tag")]
