"""Loans, renewals and fines in the circulation ledger (SQLAlchemy; SQLite on a branch's kiosk)."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Column, Date, DateTime, Integer, String, create_engine, select, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()

LOAN_DAYS = 21
FINE_PER_DAY_CENTS = 25
MIGRATIONS = [
    "CREATE TABLE copies (id INTEGER PRIMARY KEY, barcode VARCHAR(14) NOT NULL UNIQUE, isbn VARCHAR(13) NOT NULL, branch VARCHAR(20))",
    "CREATE TABLE loans (id INTEGER PRIMARY KEY, barcode VARCHAR(14) NOT NULL UNIQUE, card VARCHAR(14) NOT NULL, due DATE NOT NULL, renewals INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE fines (id INTEGER PRIMARY KEY, card VARCHAR(14) NOT NULL, cents INTEGER NOT NULL, created DATETIME NOT NULL)",
]


class Copy(Base):
    __tablename__ = "copies"
    id = Column(Integer, primary_key=True)
    barcode = Column(String(14), nullable=False, unique=True)
    isbn = Column(String(13), nullable=False)
    branch = Column(String(20))


class Loan(Base):
    __tablename__ = "loans"
    id = Column(Integer, primary_key=True)
    barcode = Column(String(14), nullable=False, unique=True)
    card = Column(String(14), nullable=False)
    due = Column(Date, nullable=False)
    renewals = Column(Integer, nullable=False, default=0)


class Fine(Base):
    __tablename__ = "fines"
    id = Column(Integer, primary_key=True)
    card = Column(String(14), nullable=False)
    cents = Column(Integer, nullable=False)
    created = Column(DateTime, nullable=False)
    waived_at = Column(DateTime)


def engine_for(url, migrate=False):
    engine = create_engine(url)
    if migrate:
        with engine.begin() as conn:
            for statement in MIGRATIONS:
                conn.execute(text(statement))
    else:
        Base.metadata.create_all(engine)
    return engine


def lend(session, barcode, card, today):
    loan = Loan(barcode=barcode, card=card, due=today + timedelta(days=LOAN_DAYS))
    session.add(loan)
    session.commit()
    return loan


def renew(session, barcode, today):
    current = session.execute(select(Loan).where(Loan.barcode == barcode)).scalar_one()
    renewed = Loan(barcode=barcode, card=current.card, due=today + timedelta(days=LOAN_DAYS), renewals=current.renewals + 1)
    session.add(renewed)
    session.commit()
    return renewed


def copy_at(session, isbn, branch):
    return session.execute(select(Copy).where(Copy.isbn == isbn, Copy.branch == branch)).scalar_one()


def outstanding_fines(session, card):
    fines = session.execute(select(Fine).where(Fine.card == card, Fine.waived_at.is_(None))).scalars()
    return sum(fine.cents for fine in fines)


def charge(session, card, cents):
    session.add(Fine(card=card, cents=cents, created=datetime.now(timezone.utc)))
    session.commit()


def days_overdue(due, returned):
    return max(0, (returned - due).days + 1)


def fine_for(due, returned):
    return days_overdue(due, returned) * FINE_PER_DAY_CENTS


def is_overdue(loan_due_at, now=None):
    now = now or datetime.utcnow()
    return loan_due_at < now


def due_date(today: date):
    return today + timedelta(days=LOAN_DAYS)


def fines_for_returns(returns):
    """Fines for a kiosk's batch of returns (each with the loan's due date and the scan's time)."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda item: fine_for(item["due"], item["scanned_at"]), returns))
