"""Buyers' jar orders through SQLAlchemy over PostgreSQL."""
import threading

import sqlalchemy
from sqlalchemy import Column, Integer, String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base

from combwright import settings

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    buyer = Column(String, nullable=False)
    ref = Column(String, unique=True, nullable=False)
    jars = Column(Integer, nullable=False)


def engine(dsn=None):
    return sqlalchemy.create_engine(dsn or settings.LEDGER_DSN, pool_size=settings.ORDERS_POOL,
                                    max_overflow=0, pool_timeout=0.5)


def import_orders(session, rows):
    """Imports the web shop's order export; a row already imported is skipped."""
    imported = 0
    for buyer, ref, jars in rows:
        session.add(Order(buyer=buyer, ref=ref, jars=jars))
        try:
            session.flush()
            imported += 1
        except IntegrityError:
            continue
    session.commit()
    return imported


def jars_ordered(engine_, buyer):
    with Session(engine_) as session:
        return sum(order.jars for order in session.query(Order).filter_by(buyer=buyer))


def pack_rush(engine_, buyers):
    """Each packing bench holds its connection while it weighs the buyer's jars."""
    results = {}
    errors = []

    def bench(buyer):
        try:
            with engine_.connect() as conn:
                threading.Event().wait(0.8)
                results[buyer] = conn.execute(sqlalchemy.text("SELECT count(*) FROM orders")).scalar()
        except Exception as error:  # noqa: BLE001 - the bench reports to the floor manager
            errors.append(error)

    threads = [threading.Thread(target=bench, args=(buyer,)) for buyer in buyers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results
