import pytest

from combwright import ledger, settings

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def replica():
    conn = ledger.connect(settings.REPLICA_DSN)
    yield conn
    conn.close()


def test_open_batches_on_replica(replica):
    assert ledger.open_batches(replica) >= 0


def test_stores_on_replica(replica):
    assert isinstance(ledger.stores(replica), dict)


def test_moisture_on_replica(replica):
    assert ledger.moisture_report(replica, "heather-hill") == {}


def test_replica_in_recovery(replica):
    with replica.cursor() as cur:
        cur.execute("SELECT pg_is_in_recovery()")
        assert cur.fetchone()[0] is True

