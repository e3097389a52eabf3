import pathlib
import sqlite3

import pytest

from oddsmill import ledger

pytestmark = pytest.mark.chaos
DATA = pathlib.Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def desk(tmp_path):
    path = tmp_path / "desk.db"
    db = ledger.open_desk(path)
    ledger.place(db, "b1", "EPL-1", 10, 2.5)
    ledger.place(db, "b2", "EPL-1", 20, 3.0)
    db.execute("CREATE TABLE settlements (bet_id TEXT)")
    db.commit()
    db.close()
    return path


def test_settle_bet(desk):
    ledger.settle(desk, "b1")


def test_record_settlement(tmp_path):
    db = ledger.open_desk(tmp_path / "fresh.db")
    ledger.record_settlement(db, "b1")


def test_void_market(desk):
    db = sqlite3.connect(desk)
    ledger.void_market(db, "EPL-1")


def test_desk_backup_readable():
    assert ledger.count_rows(DATA / "desk-backup.db") == 2


def test_results_archive():
    assert "2026-11-30.csv" in ledger.archived_results(DATA / "results-2026-11.zip")


def test_place_and_count(desk):
    assert ledger.count_rows(desk) == 2
