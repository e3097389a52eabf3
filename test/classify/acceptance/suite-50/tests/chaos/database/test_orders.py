import pytest
from sqlalchemy.orm import Session

from combwright import ledger, orders, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine():
    conn = ledger.connect()
    ledger.migrate(conn)
    ledger.reset(conn)
    conn.close()
    engine_ = orders.engine()
    yield engine_
    engine_.dispose()


def test_orders_imported(engine):
    with Session(engine) as session:
        assert orders.import_orders(session, [("bee-shop", "W-1", 12), ("bee-shop", "W-2", 6)]) == 2
    assert orders.jars_ordered(engine, "bee-shop") == 18


def test_export_imported_twice(engine):
    rows = [("hive-deli", "W-10", 24), ("hive-deli", "W-10", 24), ("hive-deli", "W-11", 12)]
    with Session(engine) as session:
        assert orders.import_orders(session, rows) == 2


def test_packing_rush(engine):
    assert len(orders.pack_rush(engine, ["bee-shop", "hive-deli", "farm-gate", "market"])) == 4


def test_jars_ordered_from_replica():
    assert orders.jars_ordered(orders.engine(settings.REPLICA_DSN), "bee-shop") >= 0


def test_buyers_from_replica():
    assert orders.jars_ordered(orders.engine(settings.REPLICA_DSN), "farm-gate") >= 0
