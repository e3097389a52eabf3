import pytest

from rinsewell import orders

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def db():
    conn = orders.orders_connection()
    yield conn
    conn.close()


def test_orders_for_hotel(db):
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders WHERE hotel = %s", ("grand-leeds",))
        assert cur.fetchone()[0] >= 0


def test_order_refs_unique(db):
    with db.cursor() as cur:
        cur.execute("SELECT ref FROM orders GROUP BY ref HAVING count(*) > 1")
        assert cur.fetchall() == []


def test_cancelled_order_kept(db):
    with db.cursor() as cur:
        cur.execute("SELECT status FROM orders WHERE ref = %s", ("O-1",))
        assert cur.fetchone() is None


def test_orders_accept_rush(db):
    with db.cursor() as cur:
        cur.execute("SELECT 1")
        assert cur.fetchone() == (1,)
