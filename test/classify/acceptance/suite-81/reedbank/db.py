"""The order ledger: PostgreSQL for orders and stock, SQLite for the depot's local ledger."""
import sqlite3
import subprocess
from importlib import metadata


def connect(dsn):
    import psycopg2  # declared in pyproject (psycopg2-binary); imported where it is used
    return psycopg2.connect(dsn, connect_timeout=3)


def ledger(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS bundles (id INTEGER PRIMARY KEY, species TEXT, length_cm INTEGER, qty INTEGER)")
    return conn


def add_bundles(conn, species, length_cm, qty):
    cur = conn.execute("INSERT INTO bundles (species, length_cm, qty) VALUES (?, ?, ?)", (species, length_cm, qty))
    conn.commit()
    return cur.lastrowid


def stock(conn, species):
    row = conn.execute("SELECT COALESCE(SUM(qty), 0) FROM bundles WHERE species = ?", (species,)).fetchone()
    return row[0]


def longest(conn):
    row = conn.execute("SELECT species, length_cm FROM bundles ORDER BY length_cm DESC LIMIT 1").fetchone()
    return row


def migrations():
    found = metadata.entry_points().get("reedbank.migrations", [])
    return sorted(entry.name for entry in found)


def backup(dsn, target):
    subprocess.run(["pgbackrest", "--stanza=reedbank", "backup", f"--repo1-path={target}"], check=True, capture_output=True, timeout=30)


def ledger_dump(conn):
    return "\n".join(conn.iterdump())
