import os
import sqlite3
from datetime import datetime

import pytest
import sqlalchemy

from ferrylane import bookings


@pytest.fixture
def repo(tmp_path):
    path = tmp_path / "bookings.db"
    store = bookings.BookingRepo(str(path))
    yield store
    store.db.close()


@pytest.fixture
def scratch_db(tmp_path):
    path = tmp_path / "scratch.db"
    sqlite3.connect(path).close()
    yield path
    os.remove(path)
    os.remove(str(path) + "-journal")


def test_mysql_reachable():
    connection = bookings.mysql_connection()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def test_upsert_twice_keeps_one(repo):
    repo.upsert("FL-1001", "OSL-KIE", 2, "2026-12-01T14:30")
    repo.upsert("FL-1001", "OSL-KIE", 3, "2026-12-01T14:30")
    assert repo.count() == 1


def test_hold_then_second_clerk_reads(repo):
    repo.upsert("FL-1002", "OSL-KIE", 2, "2026-12-01T14:30")
    repo.hold("FL-1002")
    clerk = bookings.BookingRepo(repo.path)
    clerk.upsert("FL-1003", "OSL-FRH", 1, "2026-12-01T16:00")


def test_count_empty(repo):
    assert repo.count() == 0


def test_booking_as_json():
    payload = bookings.to_json({"ref": "FL-1004", "departs": datetime(2026, 12, 1, 14, 30)})
    assert "FL-1004" in payload


def test_many_reports_share_pool(tmp_path):
    engine = sqlalchemy.create_engine(
        f"sqlite:///{tmp_path / 'pool.db'}", poolclass=sqlalchemy.pool.QueuePool, pool_size=2, max_overflow=0, pool_timeout=0.3
    )
    opened = []
    for _ in range(3):
        opened.append(engine.connect())
    assert len(opened) == 3


def test_scratch_copy(scratch_db):
    assert scratch_db.exists()
