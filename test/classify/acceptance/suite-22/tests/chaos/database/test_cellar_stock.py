import pytest

from mashtun import stock

pytestmark = pytest.mark.chaos


@pytest.fixture
def cellar_db():
    conn = stock.connect()
    yield conn
    conn.close()


def test_malt_on_hand(cellar_db):
    assert stock.on_hand(cellar_db, "MALT-PILSNER-25KG") >= 0


def test_hops_on_hand(cellar_db):
    assert stock.on_hand(cellar_db, "HOP-CITRA-T90") >= 0


def test_kegs_on_hand(cellar_db):
    assert stock.on_hand(cellar_db, "KEG-50L") >= 0


def test_cans_on_hand(cellar_db):
    assert stock.on_hand(cellar_db, "CAN-440-SLEEK") >= 0


def test_reporting_connection():
    conn = stock.connect_reporting()
    conn.close()
