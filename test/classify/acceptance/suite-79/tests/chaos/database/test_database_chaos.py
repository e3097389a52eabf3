import datetime
import sqlite3

import pytest

from kilnyard import db


@pytest.fixture
def conn():
    connection = db.connect()
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def ledger():
    connection = db.connect()
    yield connection
    connection.close()


@pytest.fixture
def ledger_file(tmp_path):
    path = tmp_path / "ledger.db"
    db.connect(str(path)).close()
    return str(path)


class TestFirings:
    def test_add_and_get(self, conn):
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        assert db.get_firing(conn, firing)["kiln"] == "k1"

    def test_count(self, conn):
        db.add_firing(conn, "k1", 10, "2026-12-01")
        db.add_firing(conn, "k2", 6, "2026-12-01")
        assert db.count_firings(conn) == 2

    def test_missing_firing(self, conn):
        assert db.get_firing(conn, 99) is None

    def test_cone_recorded(self, conn):
        assert db.get_firing(conn, db.add_firing(conn, "k3", 9, "2026-12-02"))["cone"] == 9


class TestPaging:
    def test_first_page(self, conn):
        for day in range(1, 8):
            db.add_firing(conn, "k1", 10, f"2026-12-0{day}")
        assert db.page(conn, 1, 3) == [1, 2, 3]

    def test_page_past_end(self, conn):
        db.add_firing(conn, "k1", 10, "2026-12-01")
        assert db.page(conn, 5, 3) == []

    def test_cone_firings_in_insert_order(self, conn):
        for kiln in ("k3", "k1", "k2"):
            db.add_firing(conn, kiln, 10, "2026-12-03")
        assert [row["id"] for row in db.firings_for_cone(conn, 10)] == [1, 2, 3]

    def test_cone_firings_all_found(self, conn):
        for kiln in ("k3", "k1", "k2"):
            db.add_firing(conn, kiln, 10, "2026-12-03")
        assert sorted(row["kiln"] for row in db.firings_for_cone(conn, 10)) == ["k1", "k2", "k3"]


class TestPieces:
    def test_add_piece(self, conn):
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        db.add_piece(conn, "P-100", firing, "ines")
        assert conn.execute("SELECT potter FROM pieces").fetchone()[0] == "ines"

    def test_move_piece(self, conn):
        first = db.add_firing(conn, "k1", 10, "2026-12-01")
        second = db.add_firing(conn, "k2", 10, "2026-12-02")
        db.add_piece(conn, "P-101", first, "oren")
        db.add_piece(conn, "P-101", second, "oren")
        assert conn.execute("SELECT firing_id FROM pieces").fetchone()[0] == second

    def test_piece_glazes(self, conn):
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        db.add_piece(conn, "P-102", firing, "tove")
        assert len(db.firing_glazes(conn, firing)) == 1

    def test_piece_needs_potter(self, conn):
        with pytest.raises(sqlite3.IntegrityError):
            db.add_piece(conn, "P-103", 1, None)


class TestDays:
    def test_due_today(self, conn):
        firing = db.add_firing(conn, "k2", 6, datetime.date.today())
        assert db.due_today(conn) == [firing]

    def test_not_due_tomorrow(self, conn):
        db.add_firing(conn, "k2", 6, "2099-01-01")
        assert db.due_today(conn) == []

    def test_stamp_fired_today(self, conn):
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        stamp = db.stamp_fired(conn, firing)
        assert stamp.startswith(str(datetime.date.today()))

    def test_stamp_stored(self, conn):
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        stamp = db.stamp_fired(conn, firing)
        assert db.get_firing(conn, firing)["fired_at"] == stamp

    def test_day_stored_as_text(self, conn):
        firing = db.add_firing(conn, "k3", 6, datetime.date(2026, 12, 5))
        assert db.get_firing(conn, firing)["day"] == "2026-12-05"


class TestSharedLedger:
    def test_ledger_records(self, ledger):
        db.add_firing(ledger, "k1", 10, "2026-12-04")
        assert db.count_firings(ledger) == 1

    def test_ledger_starts_empty(self, ledger):
        assert db.count_firings(ledger) == 0


class TestArchive:
    def test_archive_firing(self, ledger_file):
        conn = db.connect(ledger_file)
        firing = db.add_firing(conn, "k1", 10, "2026-12-01")
        conn.close()
        db.archive_firing(ledger_file, firing)
        assert db.get_firing(db.connect(ledger_file), firing)["fired_at"] == "archived"

    def test_open_archive(self):
        conn = db.open_archive()
        assert db.count_firings(conn) >= 0
