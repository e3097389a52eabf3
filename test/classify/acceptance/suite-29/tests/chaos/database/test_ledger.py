"""The salt ledger in SQLite."""
import sqlite3

import pytest

from gritline import ledger
from gritline.errors import LedgerUnavailable


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "ledger.sqlite"
    conn = ledger.connect(path)
    ledger.record_delivery(conn, "D-1001", "north", 40.0)
    ledger.record_delivery(conn, "D-1002", "south", 25.0)
    conn.close()
    return path


@pytest.fixture(scope="module")
def shared_conn(tmp_path_factory):
    conn = ledger.connect(tmp_path_factory.mktemp("shared") / "ledger.sqlite", busy_timeout_ms=200)
    yield conn
    conn.close()


def test_stock_after_delivery(db_path):
    conn = ledger.connect(db_path)
    assert ledger.stock(conn, "north") == 40.0


def test_nightly_report(db_path):
    assert ledger.nightly_report(db_path) == {"north": 40.0, "south": 25.0}


def test_parallel_deliveries(db_path):
    batches = [[(f"D-2{n}{i:02}", "north", 1.0) for i in range(40)] for n in range(4)]
    ledger.parallel_deliveries(db_path, batches)
    assert ledger.stock(ledger.connect(db_path), "north") == 200.0


def test_delivery_retried_after_weighbridge_error(db_path):
    conn = ledger.connect(db_path)
    with pytest.raises(sqlite3.OperationalError, match="weighbridge"):
        ledger.receive(conn, ["D-3001", "D-3002-X"], "north", 20.0)
    assert ledger.stock(conn, "north") == 40.0


def test_spread_rates(db_path):
    conn = ledger.connect(db_path)
    ledger.record_spread(conn, "A61-north", "north", 3.5)
    assert ledger.spread_rates(conn) == [("A61-north", 3.5 / 20)]


def test_deliveries_by_depot(db_path):
    assert ledger.deliveries_by(ledger.connect(db_path), "north") == [("D-1001", 40.0)]


def test_manual_correction(shared_conn):
    shared_conn.execute("INSERT INTO deliveries (ref, depot, tonnes) VALUES ('FIX-1', 'east', -2.0)")
    assert ledger.stock(shared_conn, "east") == -2.0


def test_delivery_after_correction(shared_conn):
    other = ledger.connect(shared_conn.execute("PRAGMA database_list").fetchone()[2], busy_timeout_ms=200)
    ledger.record_delivery(other, "D-4001", "east", 12.0)
    assert ledger.stock(other, "east") == 12.0


def test_archive_season():
    conn = ledger.archive_season([("A61-north", 310.5), ("B6045", 122.0)])
    assert conn.execute("SELECT COUNT(*) FROM season").fetchone()[0] == 2


def test_import_winter_readings(tmp_path):
    rows = [(f"S-{n % 40}", f"2026-12-{n % 28 + 1:02}T06:00", "x" * 900) for n in range(12000)]
    assert ledger.import_readings(tmp_path / "readings.sqlite", rows) == 12000
