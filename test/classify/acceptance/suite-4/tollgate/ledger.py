"""The ledger: sqlite locally, postgres and mongo in production, accounts through SQLAlchemy."""

import sqlite3

import psycopg2
import pymongo
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

from tollgate import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger_entries (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    amount_cents INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS reconciliations (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    balance_cents INTEGER NOT NULL
);
"""


class Ledger:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path, timeout=0.2)

    def migrate(self):
        self.conn.executescript(SCHEMA)

    def append(self, account, amount_cents):
        with self.conn:
            self.conn.execute(
                "INSERT INTO ledger_entries (account, amount_cents) VALUES (?, ?)",
                (account, amount_cents),
            )

    def entries(self, account):
        rows = self.conn.execute(
            "SELECT amount_cents FROM ledger_entries WHERE account = ? ORDER BY id", (account,)
        )
        return [amount for (amount,) in rows]

    def balance(self, account):
        (total,) = self.conn.execute(
            "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entrys WHERE account = ?",
            (account,),
        ).fetchone()
        return total

    def reconcile(self, account):
        self.conn.execute(
            "UPDATE ledger_entries SET amount_cents = amount_cents WHERE account = ?", (account,)
        )
        total = sum(self.entries(account))
        writer = sqlite3.connect(self.path, timeout=0.2)
        with writer:
            writer.execute(
                "INSERT INTO reconciliations (account, balance_cents) VALUES (?, ?)",
                (account, total),
            )
        self.conn.commit()
        return total

    def start_rollup(self):
        self.conn.execute("CREATE TABLE tmp_rollup AS SELECT account, SUM(amount_cents) AS total "
                          "FROM ledger_entries GROUP BY account")

    def finish_rollup(self):
        rows = self.conn.execute("SELECT account, total FROM tmp_rollup").fetchall()
        self.conn.execute("DROP TABLE tmp_rollup")
        return dict(rows)


def open_archive(path):
    return sqlite3.connect(f"file:{path}?mode={settings.ARCHIVE_MODE}", uri=True)


def archive_month(archive, month, rows):
    with archive:
        archive.executemany(
            "INSERT INTO archived_entries (month, account, amount_cents) VALUES (?, ?, ?)",
            [(month, account, amount) for account, amount in rows],
        )


def replica_balance(account):
    with psycopg2.connect(settings.POSTGRES_DSN) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT SUM(amount_cents) FROM ledger_entries WHERE account = %s", (account,))
        return cursor.fetchone()[0]


def audit(event):
    client = pymongo.MongoClient(settings.MONGO_URL, serverSelectionTimeoutMS=500)
    return client.tollgate.audit.insert_one(event).inserted_id


Base = declarative_base()


class AccountRow(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    email = Column(String, unique=True, nullable=False)
    plate = Column(String, nullable=False)


def accounts_engine():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return engine


def upsert_account(engine, email, plate):
    with Session(engine) as session:
        session.add(AccountRow(email=email, plate=plate))
        session.commit()
