from unittest import mock

import pytest

from rindhall import db
from tests.conftest import LOADS


@pytest.fixture
def ledger():
    conn = db.connect()
    yield conn
    conn.close()


@pytest.fixture
def tasting():
    conn = db.tasting_book()
    yield conn
    conn.close()


class TestDatabase:
    def test_add_wheel(self, ledger):
        assert db.add_wheel(ledger, "comte", "2026-03-01", "c1") == 1

    def test_wheels_in_cave(self, ledger):
        db.add_wheel(ledger, "comte", "2026-03-01", "c1")
        db.add_wheel(ledger, "brie", "2026-03-02", "c2")
        assert db.wheels_in(ledger, "c1") == [1]

    def test_first_page(self, ledger):
        for i in range(25):
            db.add_wheel(ledger, "tomme", f"2026-03-{i + 1:02}", "c1")
        assert db.page(ledger, 0) == list(range(1, 11))

    def test_second_page(self, ledger):
        for i in range(25):
            db.add_wheel(ledger, "tomme", f"2026-03-{i + 1:02}", "c1")
        assert db.page(ledger, 1) == list(range(11, 21))

    def test_turn_recorded(self, ledger):
        db.record_turn(ledger, 1, "2026-03-04", "paul", lambda **kw: None)
        assert ledger.execute("select count(*) from turns").fetchone()[0] == 1

    def test_turn_notifies_hand(self, ledger):
        notify = mock.Mock()
        db.record_turn(ledger, 1, "2026-03-04", "paul", notify)
        notify.assert_called_once_with(1, "paul", "2026-03-04")

    def test_kind_required(self, ledger):
        import sqlite3

        with pytest.raises(sqlite3.IntegrityError):
            db.add_wheel(ledger, None, "2026-03-01", "c1")

    def test_tasting_book_opens(self, tasting):
        assert tasting.execute("select 1").fetchone() == (1,)

    def test_tasting_notes_saved(self, tasting):
        tasting.execute("create table notes (wheel integer, note text)")
        tasting.execute("insert into notes values (1, 'noisette')")
        assert tasting.execute("select note from notes").fetchone() == ("noisette",)

    def test_archive_opens(self):
        conn = db.archive()
        assert conn.execute("select 1").fetchone() == (1,)

    def test_archive_keeps_last_season(self):
        conn = db.archive()
        conn.execute("create table if not exists season (year integer)")
        assert conn.execute("select count(*) from season").fetchone()[0] >= 0

    def test_readonly_ledger_reads(self):
        conn = db.readonly_ledger()
        assert conn.execute("select count(*) from wheels").fetchone()[0] == 3

    def test_readonly_ledger_records_turn(self):
        conn = db.readonly_ledger()
        conn.execute("insert into turns values (1, '2026-03-05', 'paul')")
        conn.commit()

    @LOADS
    def test_inserts_under_load(self, ledger, users):
        for i in range(users):
            db.add_wheel(ledger, "brie", "2026-03-01", f"c{i % 7}")
        assert ledger.execute("select count(*) from wheels").fetchone()[0] == users

    @LOADS
    def test_reads_under_load(self, ledger, users):
        db.add_wheel(ledger, "brie", "2026-03-01", "c1")
        assert all(ledger.execute("select kind from wheels").fetchone() == ("brie",) for _ in range(users))

    def test_empty_cave(self, ledger):
        assert db.wheels_in(ledger, "c9") == []

    def test_last_page_short(self, ledger):
        for i in range(25):
            db.add_wheel(ledger, "tomme", f"2026-03-{i + 1:02}", "c1")
        assert db.page(ledger, 2) == list(range(21, 26))
