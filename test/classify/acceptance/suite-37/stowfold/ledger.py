"""The site office's local ledger (SQLAlchemy over SQLite)."""
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool

from . import settings


def engine_for(path):
    return create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=settings.LEDGER_POOL_SIZE,
        max_overflow=0,
        pool_timeout=settings.LEDGER_POOL_TIMEOUT,
        connect_args={"check_same_thread": False, "timeout": 0.3},
    )


def create_schema(engine):
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS payments (ref TEXT PRIMARY KEY, unit TEXT, pence INTEGER)"))


def record_payment(engine, ref, unit, pence):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO payments (ref, unit, pence) VALUES (:ref, :unit, :pence)"), {"ref": ref, "unit": unit, "pence": pence})


def correct_payment(engine, ref, pence):
    """A correction: the payment is written again with the new amount."""
    with engine.begin() as conn:
        unit = conn.execute(text("SELECT unit FROM payments WHERE ref = :ref"), {"ref": ref}).scalar_one()
        conn.execute(text("INSERT INTO payments (ref, unit, pence) VALUES (:ref, :unit, :pence)"), {"ref": ref, "unit": unit, "pence": pence})


def arrears(engine, unit):
    with engine.connect() as conn:
        return conn.execute(text("SELECT SUM(pence) FROM payments WHERE unit = :unit AND overdue = 1"), {"unit": unit}).scalar()


def _slow_sum(engine, unit):
    import time
    with engine.connect() as conn:
        total = conn.execute(text("SELECT COALESCE(SUM(pence), 0) FROM payments WHERE unit = :unit"), {"unit": unit}).scalar()
        time.sleep(0.3)
        return total


def site_totals(engine, units):
    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(units, pool.map(lambda unit: _slow_sum(engine, unit), units)))


def close_day(path, day):
    """Marks the day closed, and logs it through the audit connection."""
    main = sqlite3.connect(path, timeout=0.2)
    main.execute("CREATE TABLE IF NOT EXISTS days (day TEXT)")
    main.execute("CREATE TABLE IF NOT EXISTS audit (what TEXT)")
    main.commit()
    main.execute("BEGIN IMMEDIATE")
    main.execute("INSERT INTO days VALUES (?)", (day,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO audit VALUES (?)", (f"closed {day}",))
    audit.commit()
    main.commit()
