import pytest

from roomwise import reservations

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = reservations.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_book_room(db):
    assert reservations.book(db, "LON", "ada", 2) > 0


def test_nights_kept(db):
    booking = reservations.book(db, "LON", "bob", 3)
    assert reservations.nights_of(db, booking) == 3


def test_two_bookings_same_guest(db):
    assert reservations.book(db, "EDI", "cy", 1) != reservations.book(db, "EDI", "cy", 1)


def test_zero_night_booking(db):
    assert reservations.book(db, "EDI", "dee", 0) > 0
