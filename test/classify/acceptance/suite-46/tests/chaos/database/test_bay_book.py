import datetime

import pytest

from treadmark import bookings

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    db = bookings.open_book(tmp_path_factory.mktemp("book") / "bays.sqlite")
    yield db
    db.close()


def test_book_a_fitting(book):
    bookings.book(book, "B-1", "LEEDS", datetime.date.today(), "YK19 ABC")
    assert bookings.bookings_for(book, "LEEDS") == [("B-1",)]


def test_book_second_depot(book):
    bookings.book(book, "B-1", "YORK", datetime.date.today(), "LS20 XYZ")
    assert bookings.bookings_for(book, "YORK") == [("B-1",)]


def test_one_booking_for_depot(book):
    bookings.book(book, "B-7", "LEEDS", datetime.date.today(), "HU21 QRS")
    assert len(bookings.bookings_for(book, "LEEDS")) == 1


def test_walk_in(book):
    bookings.walk_in(book, "W-1", "LEEDS", "YO22 TTT")


def test_fitted_today(book):
    assert bookings.fitted_today(book, "LEEDS") == []


def test_upcoming_for_depot(book):
    bookings.book(book, "B-20", "HULL", datetime.date(2025, 11, 28), "HU70 AAA")
    assert bookings.upcoming(book, "HULL") == ["B-20"]


_tries = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_book_while_backup_runs(tmp_path):
    _tries["count"] += 1
    path = tmp_path / "busy.sqlite"
    db = bookings.open_book(path)
    backup = bookings.open_book(path)
    if _tries["count"] == 1:
        backup.execute("BEGIN IMMEDIATE")
    bookings.book(db, "B-30", "YORK", datetime.date.today(), "YK66 BBB")
