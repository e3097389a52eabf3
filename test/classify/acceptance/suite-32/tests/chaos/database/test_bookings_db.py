import sqlite3
from datetime import date, timedelta

import pytest

from cragloft import bookings, config

pytestmark = pytest.mark.chaos

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.fixture
def deployed_db():
    conf = config.load_without_file(with_database=True)
    db = bookings.connect(conf.database.connection)
    yield db
    db.close()


class Db:
    """sqlite3 connections take no attributes: a holder for the path."""


@pytest.fixture
def db_with_path(tmp_path):
    path = str(tmp_path / "bookings.sqlite3")
    holder = Db()
    holder.path = path
    holder.conn = bookings.connect(path)
    yield holder
    holder.conn.close()


def test_deployed_book_evening(deployed_db):
    bookings.book(deployed_db, "m1", TOMORROW, "18:00")


def test_deployed_cancel(deployed_db):
    bookings.cancel_many(deployed_db, [1])


def test_deployed_party_sizes(deployed_db):
    assert bookings.party_sizes(deployed_db, TOMORROW) == []


def test_deployed_rebook(deployed_db):
    bookings.rebook(deployed_db, "m1", TOMORROW, "18:00", "19:30")


def test_move_to_later_slot(db_with_path):
    bookings.book(db_with_path.conn, "m1", TOMORROW, "18:00")
    bookings.rebook(db_with_path.conn, "m1", TOMORROW, "18:00", "19:30")


def test_party_sizes_for_day(db_with_path):
    bookings.book(db_with_path.conn, "m1", TOMORROW, "18:00", party=3)
    assert bookings.party_sizes(db_with_path.conn, TOMORROW) == [("m1", 3)]


def test_cancel_group(db_with_path):
    bookings.book(db_with_path.conn, "m1", TOMORROW, "18:00")
    bookings.book(db_with_path.conn, "m2", TOMORROW, "18:00")
    bookings.cancel_many(db_with_path.conn, [1, 2])


def test_transfer_booking(db_with_path):
    bookings.book(db_with_path.conn, "m1", TOMORROW, "18:00")
    bookings.transfer(db_with_path.conn, db_with_path.path, "m1", "m2")


def test_member_booking_count(db_with_path):
    row = db_with_path.conn.execute("SELECT count(*) FROM booking WHERE member = 'm7'").fetchone()
    assert row[0] == 1


def test_booking_for_club_night(db_with_path):
    bookings.book(db_with_path.conn, "m3", "2025-11-14", "19:00")
    assert db_with_path.conn.execute("SELECT count(*) FROM booking").fetchone()[0] == 1
