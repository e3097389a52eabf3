import pytest

from moorline import store

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg():
    conn = store.connect()
    yield conn
    conn.close()


def test_booking_rows(pg):
    assert pg.run("SELECT count(*) FROM bookings")[0][0] >= 0


def test_season_rates(pg):
    assert pg.run("SELECT rate FROM rates WHERE season = 'summer'")


def test_waiting_list(pg):
    assert pg.run("SELECT * FROM waiting_list ORDER BY joined") is not None


def test_nightly_rollover():
    conn = store.connect()
    conn.run("SELECT 1")
