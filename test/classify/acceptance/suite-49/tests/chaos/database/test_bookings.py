import datetime

import pytest

from kilnrow import bookings

pytestmark = pytest.mark.chaos

DAY = datetime.date(2026, 12, 14)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    db = bookings.connect(str(tmp_path_factory.mktemp("db") / "bookings.db"))
    yield db
    db.close()


def test_book_returns_id(bookings_db):
    assert bookings.book(bookings_db, "kiln-1", DAY, "m-1", 6) > 0


def test_cancel_removes(bookings_db):
    firing = bookings.book(bookings_db, "kiln-1", DAY, "m-1", 6)
    bookings.cancel(bookings_db, firing)
    assert bookings.busy_days(bookings_db, "kiln-1", DAY, 1) == []


@pytest.mark.parametrize("cone", [6, 10])
def test_busy_days_by_cone(bookings_db, cone):
    bookings.book(bookings_db, f"kiln-{cone}", DAY, "m-2", cone)
    assert bookings.busy_days(bookings_db, f"kiln-{cone}", DAY, 7) == [DAY]


def test_two_members_same_day(bookings_db):
    bookings.book(bookings_db, "kiln-2", DAY, "m-3", 6)
    with pytest.raises(Exception):
        bookings.book(bookings_db, "kiln-2", DAY, "m-4", 6)


def test_book_in_shared_db(shared_db):
    assert bookings.book(shared_db, "kiln-4", DAY, "m-5", 6) > 0


def test_busy_days_in_shared_db(shared_db):
    bookings.book(shared_db, "kiln-4", DAY, "m-6", 10)
    assert bookings.busy_days(shared_db, "kiln-4", DAY, 1) == [DAY]


def test_rebook_then_book_from_another_desk(tmp_path):
    path = str(tmp_path / "bookings.db")
    front, back = bookings.connect(path), bookings.connect(path)
    firing = bookings.book(front, "kiln-3", DAY, "m-7", 6)
    bookings.rebook(front, firing, DAY + datetime.timedelta(days=1))
    assert bookings.book(back, "kiln-3", DAY + datetime.timedelta(days=3), "m-8", 6) > firing


def test_member_firings(tmp_path):
    db = bookings.connect(str(tmp_path / "bookings.db"))
    bookings.book(db, "kiln-1", DAY, "m-9", 6)
    assert len(bookings.firings_of(db, "m-9")) == 1


def test_spring_open_day_is_bookable():
    assert bookings.is_bookable(datetime.date(2026, 4, 18))
