import pytest

from rinsewell import orders

pytestmark = pytest.mark.chaos


@pytest.fixture
def scratch_orders():
    made = ["O-900", "O-901"]
    yield made
    conn = orders.orders_connection()
    with conn.cursor() as cur:
        cur.execute("DELETE FROM orders WHERE ref = ANY(%s)", (made,))
    conn.commit()


def test_open_orders_for_invoice():
    assert orders.open_orders(orders.orders_engine(), "grand-leeds") == []


def test_open_orders_for_quay():
    assert "O-3" not in orders.open_orders(orders.orders_engine(), "quay-hull")


def test_invoice_refs(scratch_orders):
    assert scratch_orders == ["O-900", "O-901"]
