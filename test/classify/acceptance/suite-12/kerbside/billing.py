"""Writes charges to the ledger table of the booking store."""
import sqlite3


def charge(path, trip_id, cents):
    conn = sqlite3.connect(str(path), timeout=0.2)
    try:
        with conn:
            conn.execute("INSERT INTO ledger (trip_id, cents) VALUES (?, ?)", (trip_id, cents))
    finally:
        conn.close()
