import pytest

from reelhouse import tickets

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = tickets.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_sell(db):
    assert tickets.sell(db, "s-1041", "C7", 1250) > 0


def test_seat_of(db):
    ticket = tickets.sell(db, "s-1041", "C8", 1250)
    assert tickets.seat_of(db, ticket) == "C8"


def test_same_seat_twice(db):
    tickets.sell(db, "s-1041", "D1", 1250)
    with pytest.raises(Exception):
        tickets.sell(db, "s-1041", "D1", 1250)


def test_child_price(db):
    ticket = tickets.sell(db, "s-1041", "D2", 850)
    assert ticket > 0


def test_unknown_ticket(db):
    with pytest.raises(TypeError):
        tickets.seat_of(db, -1)
