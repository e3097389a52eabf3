"""The dispensing ledger (SQLAlchemy over SQLite), with a primary and a read replica the sync job copies to."""
import sqlite3
from concurrent.futures import ThreadPoolExecutor
import threading
import time

from sqlalchemy.pool import QueuePool
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, text

from . import settings

metadata = MetaData()
dispensings = Table(
    "dispensings", metadata,
    Column("id", Integer, primary_key=True),
    Column("prescription_id", Integer, unique=True, nullable=False),
    Column("sku", String, nullable=False),
    Column("count", Integer, nullable=False),
    Column("pharmacist", String),
)

MIGRATIONS = [
    "CREATE TABLE dispensings (id INTEGER PRIMARY KEY, prescription_id INTEGER UNIQUE NOT NULL, sku TEXT NOT NULL, count INTEGER NOT NULL)",
]


def engine(path, pool_size=None):
    return create_engine(f"sqlite:///{path}", pool_size=pool_size or settings.LEDGER_POOL_SIZE, max_overflow=0, poolclass=QueuePool,
                         pool_timeout=0.5, connect_args={"check_same_thread": False, "timeout": 0.2})


def migrate(eng):
    with eng.begin() as conn:
        for statement in MIGRATIONS:
            conn.execute(text(statement))


def record(eng, prescription_id, sku, count, pharmacist=None):
    with eng.begin() as conn:
        conn.execute(dispensings.insert().values(prescription_id=prescription_id, sku=sku, count=count,
                                                 pharmacist=pharmacist))


def record_simple(eng, prescription_id, sku, count):
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO dispensings (prescription_id, sku, count) VALUES (:p, :s, :c)"),
                     {"p": prescription_id, "s": sku, "c": count})


def by_pharmacist(eng, name):
    with eng.connect() as conn:
        return conn.execute(select(dispensings.c.id).where(dispensings.c.pharmacist == name)).all()


def redispense(eng, prescription_id, sku, count):
    """A repeat of a dispensing the counter lost the answer to."""
    record_simple(eng, prescription_id, sku, count)


def dispensed_on_replica(replica_path, prescription_id):
    conn = sqlite3.connect(replica_path)
    try:
        return conn.execute("SELECT sku FROM dispensings WHERE prescription_id = ?", (prescription_id,)).fetchone()
    finally:
        conn.close()


class ReplicaSync:
    """Copies new rows to the replica every interval seconds, as the replica's lag."""

    def __init__(self, primary, replica, interval):
        self.primary, self.replica, self.interval = primary, replica, interval
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stop.wait(self.interval):
            src = sqlite3.connect(self.primary)
            rows = src.execute("SELECT id, prescription_id, sku, count FROM dispensings").fetchall()
            src.close()
            dst = sqlite3.connect(self.replica)
            dst.executemany("INSERT OR IGNORE INTO dispensings VALUES (?, ?, ?, ?)", rows)
            dst.commit()
            dst.close()


def month_close(path):
    """Closes the month: totals on one connection while the audit row is written on another."""
    totals = sqlite3.connect(path, timeout=0.2)
    totals.execute("BEGIN IMMEDIATE")
    totals.execute("UPDATE dispensings SET count = count WHERE id > 0")
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO dispensings (prescription_id, sku, count) VALUES (-1, 'CLOSE', 0)")
    audit.commit()
    totals.commit()


def busy_report(eng, workers, hold):
    """Each branch's count on its own worker, every worker holding a connection while it reads."""
    def work(_):
        with eng.connect() as conn:
            time.sleep(hold)
            return conn.execute(text("SELECT count(*) FROM dispensings")).scalar()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, range(workers)))
