import pytest

from stowfold import rentals


@pytest.fixture
def db():
    conn = rentals.connect()
    yield conn
    conn.close()


def test_rent_unit(db):
    rentals.rent(db, "A101", "c-1")


def test_rent_twice_refused(db):
    rentals.rent(db, "A102", "c-2")


def test_end_rental(db):
    rentals.rent(db, "A103", "c-3")


def test_transfer_rental(db):
    rentals.rent(db, "A104", "c-4")


def test_rentals_by_site(db):
    rentals.rent(db, "B201", "c-5")


def test_rent_locker(db):
    rentals.rent(db, "L001", "c-6")


def test_access_log_written():
    conn = rentals.access_log_connect()
    conn.close()
