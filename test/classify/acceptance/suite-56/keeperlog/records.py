"""Animal records: the local SQLite database, its migrations, the census and the read replica."""
import os
import sqlite3
import time

from keeperlog import settings

MIGRATIONS_DIR = os.path.join(os.path.dirname(__file__), "migrations")


class ReplicaLagError(RuntimeError):
    pass


def open_db(path):
    conn = sqlite3.connect(path, timeout=settings.SQLITE_TIMEOUT, check_same_thread=False)
    return conn


def migrate(conn):
    for name in settings.MIGRATIONS:
        with open(os.path.join(MIGRATIONS_DIR, name)) as handle:
            conn.executescript(handle.read())
    conn.commit()


def add_animal(conn, animal_id, name, species, weight_kg):
    conn.execute("INSERT INTO animals VALUES (?, ?, ?, ?)", (animal_id, name, species, weight_kg))
    conn.commit()


def record_feeding(conn, animal_id, fed_at, food, grams):
    conn.execute("INSERT INTO feeding_rounds VALUES (?, ?, ?, ?)", (animal_id, fed_at.isoformat(), food, grams))
    conn.commit()


def feedings_today(conn, animal_id):
    rows = conn.execute("SELECT food, grams FROM feeding_rounds WHERE animal_id = ?", (animal_id,))
    return rows.fetchall()


def run_census(path, seconds):
    """The nightly census: counts every animal, holding the write lock while the keepers' tallies come in."""
    conn = open_db(path)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE animals SET weight_kg = weight_kg")
    time.sleep(seconds)
    conn.commit()
    conn.close()


def transfer_animal(path, animal_id, weight_kg):
    conn = open_db(path)
    try:
        conn.execute("UPDATE animals SET weight_kg = ? WHERE id = ?", (weight_kg, animal_id))
        conn.commit()
    finally:
        conn.close()


class ReadRouter:
    """Writes go to the primary; reads go to the replica unless it lags too far behind."""

    def __init__(self, primary, replica, lag_seconds):
        self.primary = primary
        self.replica = replica
        self.lag_seconds = lag_seconds

    def weight(self, animal_id):
        lag = self.lag_seconds()
        if lag > settings.REPLICA_LAG_LIMIT:
            raise ReplicaLagError(
                f"replica records-ro is {lag:.1f} s behind the primary (limit {settings.REPLICA_LAG_LIMIT:.1f} s)"
            )
        row = self.replica.execute("SELECT weight_kg FROM animals WHERE id = ?", (animal_id,)).fetchone()
        return row[0]
