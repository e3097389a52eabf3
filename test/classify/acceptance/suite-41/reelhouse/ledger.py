"""Each cinema's nightly takings ledger (SQLAlchemy over SQLite)."""
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select, text
from sqlalchemy.pool import QueuePool

from reelhouse import settings

metadata = MetaData()
takings = Table(
    "takings", metadata,
    Column("id", Integer, primary_key=True),
    Column("screen", String, nullable=False),
    Column("reference", String, unique=True, nullable=False),
    Column("pence", Integer, nullable=False),
)


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0,
                           pool_timeout=1, connect_args={"check_same_thread": False})
    metadata.create_all(engine)
    return engine


def record(engine, screen, reference, pence):
    with engine.begin() as conn:
        conn.execute(insert(takings).values(screen=screen, reference=reference, pence=pence))


def refund(engine, screen, reference, pence):
    """Books a refund against the original sale."""
    record(engine, screen, reference, -pence)


def voids(engine, screen):
    with engine.connect() as conn:
        return conn.execute(text("SELECT voided_at FROM takings WHERE screen = :s"), {"s": screen}).all()


def close_night(engine, screens):
    """Sums every screen's night on four workers."""
    def one(screen):
        with engine.connect() as conn:
            rows = conn.execute(select(takings.c.pence).where(takings.c.screen == screen)).all()
            time.sleep(1.5)
            return sum(row.pence for row in rows)
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, screens))


def reconcile(path, screen):
    """Marks the screen's takings reconciled and notes it in the audit table."""
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE takings SET pence = pence WHERE screen = ?", (screen,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (line TEXT)")
    audit.execute("INSERT INTO audit VALUES (?)", (f"reconciled {screen}",))
    audit.commit()
    writer.commit()
