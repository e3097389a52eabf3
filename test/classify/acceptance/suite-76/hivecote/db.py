"""The harvest ledger in SQLite: harvests, jars and buyers' orders."""
import sqlite3
import threading
import time

from hivecote import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS harvests (id INTEGER PRIMARY KEY, apiary TEXT NOT NULL, kg REAL NOT NULL);
CREATE TABLE IF NOT EXISTS jars (id INTEGER PRIMARY KEY, harvest INTEGER NOT NULL, grams INTEGER NOT NULL);
"""


def connect(path, timeout=None):
    if timeout is None:
        timeout = settings.load()["ledger"]["busy_timeout"]
    connection = sqlite3.connect(path, timeout=timeout)
    connection.executescript(SCHEMA)
    return connection


class Ledger:
    def __init__(self, path):
        self.path = path
        self.connection = connect(path)

    def record_harvest(self, apiary, kg):
        cursor = self.connection.execute("SELECT coalesce(max(id), 0) + 1 FROM harvests")
        new_id = cursor.fetchone()[0]
        time.sleep(0.01)
        self.connection.execute("INSERT INTO harvests (id, apiary, kg) VALUES (?, ?, ?)", (new_id, apiary, kg))
        self.connection.commit()
        return new_id

    def harvests(self):
        return self.connection.execute("SELECT count(*) FROM harvests").fetchone()[0]

    def weigh_and_bottle(self, harvest, weigh):
        """Writes the jars of a harvest; the scale is read inside the transaction."""
        self.connection.execute("BEGIN IMMEDIATE")
        grams = weigh()
        self.connection.execute("INSERT INTO jars (harvest, grams) VALUES (?, ?)", (harvest, grams))
        self.connection.commit()

    def add_jar(self, harvest, grams):
        with connect(self.path) as other:
            other.execute("INSERT INTO jars (harvest, grams) VALUES (?, ?)", (harvest, grams))

    def buyer_orders(self, buyer):
        return self.connection.execute("SELECT id, jars FROM orders WHERE buyer = ?", (buyer,)).fetchall()

    def jar_count(self):
        return self.connection.execute("SELECT count(*) FROM jars").fetchone()[0]


def record_in_background(ledger, apiary, kg):
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("id", ledger.record_harvest(apiary, kg)))
    worker.start()
    worker.join()
    return result.get("id")
