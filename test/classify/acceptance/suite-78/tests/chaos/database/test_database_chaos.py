import sqlite3
import time

import pytest

from tidemark import db


@pytest.fixture
def conn(tmp_path):
    connection = db.connect(str(tmp_path / "tidemark.db"))
    yield connection
    connection.close()


class TestSessions:
    def test_session_opened(self, conn):
        sid = db.open_session(conn, "pilot-1")
        assert conn.execute("SELECT user FROM sessions WHERE id = ?", (sid,)).fetchone() == ("pilot-1",)

    def test_two_pilots_sign_in_together(self, conn):
        first = db.open_session(conn, "pilot-1")
        second = db.open_session(conn, "pilot-2")
        assert first != second

    def test_session_csrf_read_back(self, conn):
        sid = db.open_session(conn, "pilot-3")
        assert db.session_with_csrf(conn, sid)[0] == "pilot-3"

    @pytest.mark.parametrize("user", ["pilot-4", "pilot-5", "harbourmaster", "tug-master"])
    def test_session_user_kept(self, conn, user):
        sid = db.open_session(conn, user)
        assert conn.execute("SELECT user FROM sessions WHERE id = ?", (sid,)).fetchone()[0] == user


class TestRevoked:
    def test_purge_drops_expired_only(self, conn):
        now = time.time()
        db.revoke(conn, "old-1", now - 100)
        db.revoke(conn, "old-2", now - 50)
        db.revoke(conn, "live", now + 500)
        assert db.purge_revoked(conn, now) == 1

    @pytest.mark.parametrize("jti", ["a", "b", "c", "d"])
    def test_revocation_recorded(self, conn, jti):
        db.revoke(conn, jti, time.time() + 60)
        assert conn.execute("SELECT COUNT(*) FROM revoked WHERE jti = ?", (jti,)).fetchone()[0] == 1

    def test_revoke_twice_keeps_one(self, conn):
        db.revoke(conn, "dup", 1)
        db.revoke(conn, "dup", 2)
        assert conn.execute("SELECT COUNT(*) FROM revoked").fetchone()[0] == 1


class TestBookings:
    def test_booking_recorded(self, conn):
        db.record_booking(conn, "pilot-1", "2026-12-08", "MV Ebb", "k-1")
        assert conn.execute("SELECT COUNT(*) FROM bookings").fetchone()[0] == 1

    def test_retried_booking_with_same_key_is_ignored(self, conn):
        db.record_booking(conn, "pilot-1", "2026-12-08", "MV Ebb", "k-2")
        db.record_booking(conn, "pilot-1", "2026-12-08", "MV Ebb", "k-2")
        assert conn.execute("SELECT COUNT(*) FROM bookings").fetchone()[0] == 1

    @pytest.mark.parametrize("count", [2, 5, 20])
    def test_bookings_with_distinct_keys(self, conn, count):
        for n in range(count):
            db.record_booking(conn, f"pilot-{n}", "2026-12-08", "MV Ebb", f"key-{count}-{n}")
        assert conn.execute("SELECT COUNT(*) FROM bookings").fetchone()[0] == count


class TestStore:
    def test_audit_while_session_written(self, tmp_path):
        path = str(tmp_path / "audit.db")
        conn = db.connect(path)
        conn.execute("INSERT INTO sessions VALUES ('s-audit', 'pilot-9', 0)")
        db.audit(path, conn, "pilot-9 signed in")
        conn.commit()

    def test_default_store_opens(self):
        conn = db.connect()
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] >= 0

    def test_store_in_memory(self):
        conn = db.connect(":memory:")
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
