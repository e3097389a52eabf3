import psycopg2
import pytest

pytestmark = pytest.mark.chaos


@pytest.fixture
def bookings_db():
    conn = psycopg2.connect(host="127.0.0.1", port=47315, dbname="lapwater", user="lapwater", connect_timeout=2)
    yield conn
    conn.close()


@pytest.mark.parametrize("pool", ["riverside", "lido", "eastfield"])
def test_bookings_by_pool(bookings_db, pool):
    with bookings_db.cursor() as cur:
        cur.execute("SELECT count(*) FROM bookings WHERE pool = %s", (pool,))
        assert cur.fetchone()[0] >= 0
