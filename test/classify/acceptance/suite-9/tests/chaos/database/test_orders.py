import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import text

from seatline import db

pytestmark = pytest.mark.chaos

MIGRATIONS = Path(db.__file__).parent / "migrations"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("orders") / "orders.db"
    engine = db.engine_for(f"sqlite:///{path}")
    db.Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def session(engine):
    with db.session_factory(engine)() as session:
        yield session


@pytest.mark.parametrize("n", range(1, 9))
def test_order_is_found_by_reference(session, n):
    db.place_order(session, f"SLT{n:05d}", f"c{n}@example.org", 25 * n, [("spring-gala", f"A{n}")])
    assert db.find_order(session, f"SLT{n:05d}").email == f"c{n}@example.org"


def test_first_order_of_the_day(session):
    order = db.place_order(session, "SL000001", "first@example.org", 45, [("spring-gala", "B1")])
    assert order.id is not None


def test_order_with_two_tickets(session):
    order = db.place_order(session, "SL000002", "two@example.org", 90, [("spring-gala", "B2"), ("spring-gala", "B3")])
    assert len(order.tickets) == 2


def test_reference_is_unique_per_order(session):
    order = db.place_order(session, "SL000001", "again@example.org", 45, [("comedy-night", "C1")])
    assert order.reference == "SL000001"


def test_partner_import_skips_duplicates(engine):
    with db.session_factory(engine)() as fresh:
        placed = db.place_orders(fresh, [
            ("PX000001", "p1@example.org", 30),
            ("PX000001", "p1-dup@example.org", 30),
            ("PX000002", "p2@example.org", 30),
        ])
        assert [order.reference for order in placed] == ["PX000001", "PX000002"]


def test_checkout_under_load_gets_connections(tmp_path, settings):
    engine = db.engine_for(f"sqlite:///{tmp_path}/load.db", settings)
    db.Base.metadata.create_all(engine)

    def checkout(n):
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM orders")).scalar()
            time.sleep(1.5)  # the card is being charged
            return n

    with ThreadPoolExecutor(max_workers=24) as pool:
        results = [future.result() for future in [pool.submit(checkout, n) for n in range(24)]]
    assert len(results) == 24


def test_migrated_schema_finds_expiring_holds(tmp_path):
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path}/migrated.db", future=True)
    db.apply_migrations(engine, MIGRATIONS)
    with engine.connect() as conn:
        assert db.tickets_expiring(conn, datetime(2027, 1, 1)) == []


def test_migrations_create_orders_table(tmp_path):
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path}/migrated.db", future=True)
    db.apply_migrations(engine, MIGRATIONS)
    assert "orders" in sqlalchemy.inspect(engine).get_table_names()
