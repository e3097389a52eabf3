"""Each depot's damage and deposit ledger (SQLAlchemy over SQLite)."""
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select, text
from sqlalchemy.pool import QueuePool

from boltyard import settings

metadata = MetaData()
charges = Table(
    "charges", metadata,
    Column("id", Integer, primary_key=True),
    Column("depot", String, nullable=False),
    Column("hire", String, nullable=False),
    Column("reason", String, nullable=False),
    Column("pence", Integer, nullable=False),
    Column("reference", String, unique=True, nullable=False),
)


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0,
                           pool_timeout=1, connect_args={"check_same_thread": False})
    metadata.create_all(engine)
    return engine


def charge(engine, depot, hire, reason, pence):
    with engine.begin() as conn:
        conn.execute(insert(charges).values(depot=depot, hire=hire, reason=reason, pence=pence, reference=f"{depot}-{hire}"))


def disputes(engine, depot):
    with engine.connect() as conn:
        return conn.execute(text("SELECT disputed_at FROM charges WHERE depot = :d"), {"d": depot}).all()


def month_end(engine, depots):
    """Sums every depot's charges on four workers."""
    def one(depot):
        with engine.connect() as conn:
            rows = conn.execute(select(charges.c.pence).where(charges.c.depot == depot)).all()
            time.sleep(1.5)
            return sum(row.pence for row in rows)
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, depots))


def release_deposit(path, hire):
    """Zeroes the hire's charges and writes the release to the audit table."""
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE charges SET pence = 0 WHERE hire = ?", (hire,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (line TEXT)")
    audit.execute("INSERT INTO audit VALUES (?)", (f"deposit released {hire}",))
    audit.commit()
    writer.commit()
