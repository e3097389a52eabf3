"""Campaigns live in PostgreSQL (pg8000); each bidder keeps its budget ledger and bid log in local SQLite."""
import contextlib
import shutil
import sqlite3

import aiosqlite
import pg8000

from bidlark import settings


def connect():
    return pg8000.connect(timeout=2, **settings.CAMPAIGN_DB)


def active_campaigns(conn, seat):
    cursor = conn.cursor()
    cursor.execute("SELECT id, name, bid_cpm FROM campaigns WHERE seat = %s AND active", (seat,))
    return cursor.fetchall()


class BudgetLedger:
    """Spend per campaign, in micros; reservations hold spend until the exchange's win notice arrives."""

    def __init__(self, path):
        self.path = str(path)
        with sqlite3.connect(self.path) as conn:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("CREATE TABLE IF NOT EXISTS campaigns (id TEXT PRIMARY KEY, budget INTEGER)")
            conn.execute("CREATE TABLE IF NOT EXISTS spend (campaign TEXT REFERENCES campaigns(id), micros INTEGER)")
            conn.execute("CREATE TABLE IF NOT EXISTS creatives (id TEXT PRIMARY KEY,"
                         " campaign TEXT NOT NULL REFERENCES campaigns(id))")

    def _conn(self):
        conn = sqlite3.connect(self.path, timeout=0.2, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def add_campaign(self, campaign, budget):
        with contextlib.closing(self._conn()) as conn:
            conn.execute("INSERT INTO campaigns VALUES (?, ?)", (campaign, budget))

    def add_creative(self, creative, campaign):
        with contextlib.closing(self._conn()) as conn:
            conn.execute("INSERT INTO creatives VALUES (?, ?)", (creative, campaign))

    def import_campaign(self, campaign, budget, creatives):
        """Onboards a campaign exported from the agency's trafficking tool."""
        for creative in creatives:
            self.add_creative(creative, campaign)
        self.add_campaign(campaign, budget)

    def spend(self, campaign, micros):
        with contextlib.closing(self._conn()) as conn:
            conn.execute("INSERT INTO spend VALUES (?, ?)", (campaign, micros))

    def spent(self, campaign):
        with contextlib.closing(self._conn()) as conn:
            return conn.execute("SELECT COALESCE(SUM(micros), 0) FROM spend WHERE campaign = ?", (campaign,)).fetchone()[0]

    @contextlib.contextmanager
    def reservation(self, campaign, micros):
        """Holds the reservation in a write transaction until the win notice settles it."""
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO spend VALUES (?, ?)", (campaign, -micros))
        try:
            yield
            conn.execute("COMMIT")
        finally:
            conn.close()

    def settle_win(self, campaign, micros):
        with self.reservation(campaign, micros):
            self.spend(campaign, micros)

    def snapshot(self, target):
        """Copies the ledger for the nightly export."""
        with open(self.path, "rb") as source, open(target, "wb") as out:
            out.write(source.read(4096))
        return target

    def compact_copy(self, target):
        shutil.copyfile(self.path, target)
        return target


async def log_bid(path, request_id, price):
    async with aiosqlite.connect(path) as db:
        await db.execute("INSERT INTO bid_log (request_id, price) VALUES (?, ?)", (request_id, price))
        await db.commit()


async def migrate(path):
    async with aiosqlite.connect(path) as db:
        await db.execute("CREATE TABLE IF NOT EXISTS bids (request_id TEXT, price REAL)")
        await db.commit()
