import pytest

from cuewright import store

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg():
    conn = store.connect()
    yield conn
    conn.close()


def test_list_projects(pg):
    assert store.projects(pg) == []


def test_delivery_rows(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT count(*) FROM deliveries")
        assert cur.fetchone()[0] >= 0


def test_archive_reachable():
    with store.archive() as conn:
        assert conn.closed == 0
