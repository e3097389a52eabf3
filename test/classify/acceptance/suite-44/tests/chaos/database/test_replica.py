import pytest

from baywarden import settings, tickets

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def replica():
    conn = tickets.connect(settings.REPLICA_DSN)
    yield conn
    conn.close()


def test_free_spaces_from_replica(replica):
    assert tickets.free_spaces(replica, "NORTH") == {}


def test_tariff_bands_from_replica(replica):
    assert isinstance(tickets.tariff_bands(replica, "QUAY"), dict)


def test_open_tickets_on_replica(replica):
    with replica.cursor() as cur:
        cur.execute("SELECT count(*) FROM tickets WHERE NOT closed")
        assert cur.fetchone()[0] >= 0


def test_replica_in_recovery(replica):
    with replica.cursor() as cur:
        cur.execute("SELECT pg_is_in_recovery()")
        assert cur.fetchone()[0] is True
