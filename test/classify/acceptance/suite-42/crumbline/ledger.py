"""Each branch's bake ledger (SQLAlchemy over SQLite) and the end-of-day export (sqlite3)."""
import sqlite3
import threading

from sqlalchemy import Column, Integer, String, UniqueConstraint, create_engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base
from sqlalchemy.pool import QueuePool

from crumbline import settings

Base = declarative_base()


class Bake(Base):
    __tablename__ = "bakes"
    __table_args__ = (UniqueConstraint("branch", "batch"),)
    id = Column(Integer, primary_key=True)
    branch = Column(String, nullable=False)
    batch = Column(String, nullable=False)
    loaves = Column(Integer, nullable=False)


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE,
                           max_overflow=0, pool_timeout=0.5, connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    return engine


def record_bake(session, branch, batch, loaves):
    session.add(Bake(branch=branch, batch=batch, loaves=loaves))
    try:
        session.flush()
    except IntegrityError:
        # A batch recorded twice is ignored (the session is not rolled back).
        pass


def loaves_baked(session, branch):
    return sum(bake.loaves for bake in session.scalars(select(Bake).where(Bake.branch == branch)))


def record_batch_sheet(engine, branch, batch, loaves):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO bakes (branch, batch, loaves) VALUES (:b, :n, :l)"),
                     {"b": branch, "n": batch, "l": loaves})
    # The sheet is written again when the baker confirms it.
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO bakes (branch, batch, loaves) VALUES (:b, :n, :l)"),
                     {"b": branch, "n": batch, "l": loaves})


def waste_by_branch(engine):
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT branch, SUM(wasted) FROM bakes GROUP BY branch")).all())


def busy_shift(engine, hold, seconds):
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        hold.wait(seconds)


def parallel_shifts(engine, workers):
    hold = threading.Event()
    errors = []

    def one():
        try:
            busy_shift(engine, hold, 1.0)
        except Exception as error:  # noqa: BLE001 - collected for the caller
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def export_day(path):
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("CREATE TABLE IF NOT EXISTS day (loaf TEXT, sold INTEGER)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO day VALUES ('rye', 14)")
    # The totals row goes through a second connection while the first still holds its write lock.
    totals = sqlite3.connect(path, timeout=0.2)
    totals.execute("INSERT INTO day VALUES ('total', 14)")
    totals.commit()
    writer.commit()
