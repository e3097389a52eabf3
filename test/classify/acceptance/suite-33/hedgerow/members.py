"""Members and tenancies in PostgreSQL (psycopg2); the plot ledger through SQLAlchemy; the waiting list in SQLite."""
import sqlite3

import psycopg2
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from hedgerow import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.DATABASE_URL, connect_timeout=1)


def ledger_engine(url=None, **kwargs):
    return create_engine(url if url is not None else settings.LEDGER_URL, **kwargs)


LEDGER_SCHEMA = [
    "CREATE TABLE plots (id INTEGER PRIMARY KEY, site TEXT NOT NULL, plot_no TEXT NOT NULL, holder TEXT, UNIQUE (site, plot_no))",
    "CREATE TABLE payments (id INTEGER PRIMARY KEY, plot_id INTEGER, pence INTEGER)",
]


def create_ledger(engine):
    with engine.begin() as conn:
        for statement in LEDGER_SCHEMA:
            conn.execute(text(statement))


def add_plot(engine, site, plot_no, holder=None):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO plots (site, plot_no, holder) VALUES (:site, :plot_no, :holder)"), {"site": site, "plot_no": plot_no, "holder": holder})


def transfer_plot(engine, site, plot_no, new_holder):
    # A transfer re-registers the plot under its new holder.
    add_plot(engine, site, plot_no, new_holder)


def plot_areas(engine, site):
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT area_m2 FROM plots WHERE site = :site"), {"site": site})]


def record_payments(session: Session, rows):
    for plot_id, pence in rows:
        session.execute(text("INSERT INTO payments (id, plot_id, pence) VALUES (:id, :plot_id, :pence)"), {"id": plot_id, "plot_id": plot_id, "pence": pence})
        session.flush()


def payments_total(session: Session):
    return session.execute(text("SELECT COALESCE(SUM(pence), 0) FROM payments")).scalar()


class WaitingList:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        self.conn.execute("CREATE TABLE IF NOT EXISTS waiting (name TEXT, site TEXT, joined TEXT)")

    def join(self, name, site, joined):
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO waiting VALUES (?, ?, ?)", (name, site, joined))
        # The position is read back through the audit connection before commit.
        audit = sqlite3.connect(self.path, timeout=0.2)
        audit.execute("INSERT INTO waiting VALUES ('audit', ?, ?)", (site, joined))
        self.conn.execute("COMMIT")

    def count(self, site):
        return self.conn.execute("SELECT COUNT(*) FROM waiting WHERE site = ?", (site,)).fetchone()[0]
