"""The clinic's local ledger of invoices and payments (SQLAlchemy over SQLite), kept at the front desk."""
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, create_engine, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from chairside import settings

metadata = MetaData()
invoices = Table(
    "invoices", metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String, unique=True, nullable=False),
    Column("patient", String, nullable=False),
    Column("amount", Numeric(10, 2), nullable=False),
)


def engine_for(path, pool_size=None):
    engine = create_engine(
        f"sqlite:///{path}", poolclass=QueuePool, pool_size=pool_size or settings.LEDGER_POOL_SIZE, max_overflow=0,
        pool_timeout=0.5, connect_args={"timeout": 0.2, "check_same_thread": False},
    )
    metadata.create_all(engine)
    return engine


def record_invoice(engine, number, patient, amount):
    with engine.begin() as conn:
        conn.execute(insert(invoices).values(number=number, patient=patient, amount=amount))


def refund(engine, number):
    with engine.begin() as conn:
        row = conn.execute(select(invoices).where(invoices.c.number == number)).one()
        conn.execute(insert(invoices).values(number=row.number, patient=row.patient, amount=-row.amount))


def unpaid(engine):
    with engine.connect() as conn:
        return conn.execute(text("SELECT number FROM invoices WHERE paid_at IS NULL")).all()


def totals_by_worker(engine, patients, workers=4):
    """Each front-desk worker reads one patient's invoices on a connection of its own."""
    def work(patient):
        with engine.connect() as conn:
            threading.Event().wait(0.6)
            return patient, conn.execute(select(invoices.c.amount).where(invoices.c.patient == patient)).all()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(future.result() for future in [pool.submit(work, patient) for patient in patients])


def import_batch(engine, rows):
    """Imports a day's invoices, skipping numbers already there."""
    with Session(engine) as session:
        for number, patient, amount in rows:
            try:
                session.execute(insert(invoices).values(number=number, patient=patient, amount=amount))
                session.flush()
            except IntegrityError:
                continue
        session.commit()


def close_day(engine, path):
    import sqlite3
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("BEGIN IMMEDIATE")
    audit.execute("UPDATE invoices SET amount = amount WHERE 0")
    with engine.begin() as conn:
        conn.execute(insert(invoices).values(number="CLOSE", patient="-", amount=0))
    audit.commit()
