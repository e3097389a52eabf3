import pytest

from treadmark import stock

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = stock.connect()
    client.flushdb()
    yield client
    client.close()


def test_stock_after_delivery(cache):
    stock.put_stock(cache, "LEEDS", {"205/55R16": 40})
    assert stock.stock(cache, "LEEDS") == {"205/55R16": 40}


def test_unknown_depot(cache):
    assert stock.stock(cache, "BATH") is None


def test_stock_expires(cache):
    stock.put_stock(cache, "YORK", {"225/45R17": 8}, ttl=60)
    assert cache.ttl("stock:YORK") > 0
