"""The gateway's local buffer: SQLite, its schema built by the migrations below."""
import sqlite3

MIGRATIONS = [
    "CREATE TABLE readings (device TEXT NOT NULL, at INTEGER NOT NULL, temp_c REAL NOT NULL)",
    "CREATE INDEX readings_device_at ON readings (device, at)",
]


def open_buffer(path):
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS:
        conn.execute(statement)
    return conn


def buffer_reading(conn, reading):
    conn.execute("INSERT INTO readings (device, at, temp_c, battery_mv) VALUES (?, ?, ?, ?)",
                 (reading["device"], reading["at"], reading["temp_c"], reading["battery_mv"]))
    conn.commit()
