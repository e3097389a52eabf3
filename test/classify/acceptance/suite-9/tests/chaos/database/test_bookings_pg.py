import psycopg2
import pytest

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg(settings):
    conn = psycopg2.connect(settings.database_url, connect_timeout=2)
    yield conn
    conn.rollback()
    conn.close()


def test_seat_rows_locked_for_update(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT seat FROM tickets WHERE event = %s FOR UPDATE SKIP LOCKED", ("spring-gala",))
        assert cur.fetchall() is not None


def test_order_reference_sequence(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT nextval('order_reference_seq')")
        assert cur.fetchone()[0] > 0
