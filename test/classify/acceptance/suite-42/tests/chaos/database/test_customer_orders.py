import pytest

from crumbline import orders

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = orders.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_place_order(db):
    assert orders.place(db, "MKT", "c-1", ["rye"]) > 0


def test_order_items(db):
    order = orders.place(db, "MKT", "c-2", ["sourdough", "rye"])
    assert orders.items_of(db, order) == ["sourdough", "rye"]


def test_two_orders_same_customer(db):
    assert orders.place(db, "STN", "c-3", ["rye"]) != orders.place(db, "STN", "c-3", ["rye"])


def test_empty_order(db):
    assert orders.place(db, "STN", "c-4", []) > 0


def test_orders_handshake_dropped(tcp_stub):
    def drop(conn):
        conn.recv(1024)
    stub = tcp_stub(drop)
    orders.connect(f"postgresql://crumbline@127.0.0.1:{stub.port}/orders?connect_timeout=2")
