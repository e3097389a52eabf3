import pytest

from rinsewell import stock

pytestmark = pytest.mark.chaos


@pytest.fixture
def r():
    conn = stock.client()
    conn.flushdb()
    return conn


def test_count_after_delivery(r):
    stock.put_count(r, "leeds", "towels", 300)
    assert stock.count(r, "leeds", "towels") == 300


def test_count_unknown_item(r):
    assert stock.count(r, "leeds", "robes") is None


def test_reserve_for_hotel(r):
    stock.put_count(r, "leeds", "sheets", 100)
    assert stock.reserve(r, "leeds", "sheets", 40) == 60


def test_count_expires(r):
    stock.put_count(r, "leeds", "pillowcases", 80, ttl=60)
    assert r.ttl("linen:leeds:pillowcases") > 0
