"""Couriers' payouts, in SQLite through SQLAlchemy (the ledger service's local store)."""

import sqlite3
import time

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.pool import QueuePool
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Payout(Base):
    __tablename__ = "payouts"
    id = Column(Integer, primary_key=True)
    reference = Column(String, unique=True, nullable=False)
    courier_id = Column(Integer, nullable=False)
    amount_cents = Column(Integer, nullable=False)


def engine_for(url, pool_size=2, max_overflow=0, pool_timeout=0.5):
    engine = create_engine(url, poolclass=QueuePool, pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout)
    Base.metadata.create_all(engine)
    return engine


def pay(session, courier_id, amount_cents):
    payout = Payout(reference=f"PO-{courier_id}-{int(time.time())}", courier_id=courier_id, amount_cents=amount_cents)
    session.add(payout)
    session.commit()
    return payout


def total_paid(session, courier_id):
    return sum(session.scalars(select(Payout.amount_cents).where(Payout.courier_id == courier_id)))


class TipJar:
    """Tips recorded by the courier app's webhook, one connection for the jar."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS tips (order_id INTEGER, cents INTEGER)")

    def record(self, order_id, cents):
        self.conn.execute("INSERT INTO tips VALUES (?, ?)", (order_id, cents))
        self.conn.commit()

    def total(self):
        return self.conn.execute("SELECT COALESCE(SUM(cents), 0) FROM tips").fetchone()[0]
