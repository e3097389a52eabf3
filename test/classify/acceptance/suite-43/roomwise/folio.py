"""Each hotel's guest folios (SQLAlchemy over SQLite) and the night audit's export (sqlite3)."""
import sqlite3
import threading

from sqlalchemy import Column, Integer, String, UniqueConstraint, create_engine, select, text
from sqlalchemy.orm import declarative_base
from sqlalchemy.pool import QueuePool

from roomwise import settings

Base = declarative_base()


class Charge(Base):
    __tablename__ = "charges"
    __table_args__ = (UniqueConstraint("folio", "line"),)
    id = Column(Integer, primary_key=True)
    folio = Column(String, nullable=False)
    line = Column(Integer, nullable=False)
    cents = Column(Integer, nullable=False)


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.FOLIO_POOL_SIZE,
                           max_overflow=0, pool_timeout=0.5, connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    return engine


def post_charges(session, folio, cents_list):
    for line, cents in enumerate(cents_list):
        session.add(Charge(folio=folio, line=line % 2, cents=cents))
    session.flush()


def balance(session, folio):
    return sum(charge.cents for charge in session.scalars(select(Charge).where(Charge.folio == folio)))


def taxes_by_folio(engine):
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT folio, SUM(tax_cents) FROM charges GROUP BY folio")).all())


def _desk_shift(engine, hold, seconds):
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        hold.wait(seconds)


def parallel_desks(engine, desks):
    hold = threading.Event()
    errors = []

    def one():
        try:
            _desk_shift(engine, hold, 1.0)
        except Exception as error:  # noqa: BLE001 - collected for the caller
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def night_audit(path):
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (room TEXT, cents INTEGER)")
    audit.execute("BEGIN IMMEDIATE")
    audit.execute("INSERT INTO audit VALUES ('101', 12000)")
    # The totals row goes through a second connection while the first still holds its write lock.
    totals = sqlite3.connect(path, timeout=0.2)
    totals.execute("INSERT INTO audit VALUES ('total', 12000)")
    totals.commit()
    audit.commit()
