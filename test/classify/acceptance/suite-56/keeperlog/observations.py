"""Keepers' observation log, written from the tablets through a small SQLAlchemy pool."""
import time

from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool

from keeperlog import settings


def make_engine(path):
    return create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=settings.POOL_SIZE,
        max_overflow=settings.POOL_OVERFLOW,
        pool_timeout=settings.POOL_TIMEOUT,
        connect_args={"check_same_thread": False, "timeout": 5},
    )


def create_schema(engine):
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS observations (animal_id TEXT, note TEXT)"))


def log_observation(engine, animal_id, note):
    with engine.connect() as conn:
        # The tablet uploads its photo while the connection is held.
        time.sleep(0.4)
        conn.execute(text("INSERT INTO observations VALUES (:a, :n)"), {"a": animal_id, "n": note})
        conn.commit() if hasattr(conn, "commit") else None
    return True
