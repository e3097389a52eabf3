"""Each depot's till ledger (SQLAlchemy over SQLite)."""
import sqlalchemy as sa
from sqlalchemy import orm

from treadmark import settings


Base = orm.declarative_base()


class Entry(Base):
    __tablename__ = "entries"
    id = sa.Column(sa.Integer, primary_key=True)
    till = sa.Column(sa.String, nullable=False)
    receipt = sa.Column(sa.String, nullable=False, unique=True)
    pence = sa.Column(sa.Integer, nullable=False)


def engine_for(path, pool_size=None):
    return sa.create_engine(f"sqlite:///{path}", poolclass=sa.pool.QueuePool,
                            pool_size=pool_size or settings.LEDGER_POOL_SIZE, max_overflow=0, pool_timeout=0.3)


def create(engine):
    Base.metadata.create_all(engine)


def record(session, till, receipt, pence):
    try:
        session.add(Entry(till=till, receipt=receipt, pence=pence))
        session.flush()
    except sa.exc.IntegrityError:
        pass  # a receipt printed twice is the same sale


def total(session, till):
    return session.query(sa.func.sum(Entry.pence)).filter(Entry.till == till).scalar() or 0


def open_tills(engine, tills):
    return [engine.connect() for _ in range(tills)]
