"""Each garage's cash ledger (SQLAlchemy over SQLite) and the end-of-day close (sqlite3)."""
import sqlite3
import threading

from sqlalchemy import Column, Integer, String, create_engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import declarative_base
from sqlalchemy.pool import QueuePool

from baywarden import settings

Base = declarative_base()


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    booth = Column(String, nullable=False)
    receipt = Column(String, nullable=False, unique=True)
    cents = Column(Integer, nullable=False)
    method = Column(String, nullable=False)


def engine_for(path, migrate=True):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE,
                           max_overflow=0, pool_timeout=0.5, connect_args={"check_same_thread": False})
    if migrate:
        Base.metadata.create_all(engine)
    return engine


def record(session, booth, receipt, cents, method=None):
    session.add(Entry(booth=booth, receipt=receipt, cents=cents, method=method))
    session.flush()


def record_all(session, booth, payments):
    for receipt, cents in payments:
        try:
            record(session, booth, receipt, cents, "card")
        except IntegrityError:
            # A receipt printed twice is counted once.
            continue
    return session.scalar(select(Entry.id).order_by(Entry.id.desc()))


def takings(session, booth):
    return sum(entry.cents for entry in session.scalars(select(Entry).where(Entry.booth == booth)))


def _booth_shift(engine, hold):
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        hold.wait(1.0)


def open_booths(engine, booths):
    hold = threading.Event()
    errors = []

    def one():
        try:
            _booth_shift(engine, hold)
        except Exception as error:  # noqa: BLE001 - collected for the caller
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(booths)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def close_day(path, booth, cents):
    """Writes the day's total; the caller may hold the ledger open in its own transaction."""
    day = sqlite3.connect(path, timeout=0.3)
    day.execute("CREATE TABLE IF NOT EXISTS days (booth TEXT, cents INTEGER)")
    day.execute("INSERT INTO days VALUES (?, ?)", (booth, cents))
    day.commit()
    day.close()
