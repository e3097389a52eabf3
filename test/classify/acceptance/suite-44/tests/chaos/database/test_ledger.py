import sqlite3

import pytest
from sqlalchemy.orm import Session

from baywarden import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.db")
    yield engine
    engine.dispose()


@pytest.fixture
def fresh_ledger(tmp_path):
    engine = ledger.engine_for(tmp_path / "fresh.db", migrate=False)
    yield engine
    engine.dispose()


@pytest.fixture
def shift_open(tmp_path):
    path = tmp_path / "day.db"
    shift = sqlite3.connect(path)
    shift.execute("CREATE TABLE IF NOT EXISTS days (booth TEXT, cents INTEGER)")
    shift.commit()
    shift.execute("BEGIN IMMEDIATE")
    shift.execute("INSERT INTO days VALUES ('B1', 0)")
    yield path
    shift.close()


def test_cash_takings(engine):
    with Session(engine) as session:
        ledger.record(session, "B1", "R-1", 1850, "cash")
        ledger.record(session, "B1", "R-2", 650, "cash")
        assert ledger.takings(session, "B1") == 2500


def test_card_takings(engine):
    with Session(engine) as session:
        ledger.record(session, "B2", "R-3", 900)
        assert ledger.takings(session, "B2") == 900


def test_receipt_printed_twice(engine):
    with Session(engine) as session:
        ledger.record_all(session, "B3", [("R-4", 700), ("R-4", 700), ("R-5", 300)])
        assert ledger.takings(session, "B3") == 1000


def test_four_booths(engine):
    ledger.open_booths(engine, 4)


def test_takings_on_fresh_ledger(fresh_ledger):
    with Session(fresh_ledger) as session:
        assert ledger.takings(session, "B4") == 0


def test_close_day(shift_open):
    ledger.close_day(shift_open, "B1", 2500)
