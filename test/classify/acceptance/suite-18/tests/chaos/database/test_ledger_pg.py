import pytest

from oddsmill import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg():
    conn = ledger.connect_pg()
    yield conn
    conn.close()


def test_place_bet(pg):
    with pg.cursor() as cur:
        cur.execute("INSERT INTO bets (id, market, stake, price) VALUES ('b1', 'EPL-1', 10, 2.5)")


def test_open_bets_of_market(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT id FROM bets WHERE market = 'EPL-1' AND settled = 0")
        assert cur.fetchall() == []


def test_exposure_by_market(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT market, sum(stake * price) FROM bets GROUP BY market")


def test_void_market(pg):
    with pg.cursor() as cur:
        cur.execute("UPDATE bets SET settled = 1, price = 1.0 WHERE market = 'EPL-1'")
