import pytest
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from hedgerow import members
from hedgerow.members import WaitingList

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = members.connect()
    yield conn
    conn.close()


def test_member_lookup(db):
    with db.cursor() as cur:
        cur.execute("SELECT name FROM members WHERE id = %s", (1,))
        assert cur.fetchone()


def test_tenancy_start(db):
    with db.cursor() as cur:
        cur.execute("INSERT INTO tenancies (plot, member) VALUES (%s, %s)", ("A1", 1))


def test_tenancy_end(db):
    with db.cursor() as cur:
        cur.execute("UPDATE tenancies SET ended = now() WHERE plot = %s", ("A1",))


def test_rent_arrears(db):
    with db.cursor() as cur:
        cur.execute("SELECT SUM(pence) FROM arrears")


def test_members_by_site(db):
    with db.cursor() as cur:
        cur.execute("SELECT name FROM members WHERE site = %s", ("north",))


def test_ledger_from_settings():
    engine = members.ledger_engine()
    members.create_ledger(engine)


@pytest.fixture
def ledger(tmp_path):
    engine = members.ledger_engine(f"sqlite:///{tmp_path}/ledger.db")
    members.create_ledger(engine)
    return engine


def test_transfer_plot(ledger):
    members.add_plot(ledger, "north", "A1", "Ruth")
    members.transfer_plot(ledger, "north", "A1", "Sam")


def test_plot_areas(ledger):
    members.add_plot(ledger, "north", "A1", "Ruth")
    assert members.plot_areas(ledger, "north") == [250]


def test_payments_after_duplicate(ledger):
    with Session(ledger) as session:
        try:
            members.record_payments(session, [(1, 3200), (1, 3200)])
        except Exception:
            pass
        assert members.payments_total(session) == 3200


def test_ledger_pool_under_load(tmp_path):
    engine = members.ledger_engine(f"sqlite:///{tmp_path}/pool.db", pool_size=1, max_overflow=0, pool_timeout=0.5, poolclass=QueuePool)
    readers = [engine.connect() for _ in range(4)]
    assert len(readers) == 4


def test_waiting_list_join(tmp_path):
    waiting = WaitingList(str(tmp_path / "waiting.db"))
    waiting.join("Priya", "south", "2026-03-01")
    assert waiting.count("south") == 1
