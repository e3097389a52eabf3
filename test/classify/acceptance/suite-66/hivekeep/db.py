"""The hive register: PostgreSQL in production, the inspection book in SQLite."""
import sqlite3

import psycopg2

from hivekeep import settings


def register():
    return psycopg2.connect(settings.REGISTER_DSN)


def book(path):
    conn = sqlite3.connect(path, timeout=0.5)
    conn.execute("CREATE TABLE IF NOT EXISTS inspections (hive TEXT, brood INTEGER, queen_seen INTEGER)")
    conn.commit()
    return conn


def record(conn, hive, brood, queen_seen):
    conn.execute("INSERT INTO inspections VALUES (?, ?, ?)", (hive, brood, queen_seen))
    conn.commit()


def frames_counted(conn, hive):
    return conn.execute("SELECT SUM(frame_count) FROM inspections WHERE hive = ?", (hive,)).fetchone()[0]


def record_with_audit(path, hive, brood):
    conn = book(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO inspections VALUES (?, ?, 0)", (hive, brood))
    audit = sqlite3.connect(path, timeout=0.5)
    audit.execute("INSERT INTO inspections VALUES (?, ?, 0)", ("audit:" + hive, brood))
    audit.commit()
    conn.commit()
