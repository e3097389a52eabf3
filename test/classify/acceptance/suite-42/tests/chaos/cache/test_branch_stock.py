import pytest

from crumbline import stock

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = stock.connect()
    yield client
    client.flushdb()


def test_left_after_opening(cache):
    stock.put_left(cache, "MKT", {"sourdough": 12})
    assert stock.left(cache, "MKT") == {"sourdough": 12}


def test_nothing_left(cache):
    assert stock.left(cache, "STN") == {}


def test_left_overwritten(cache):
    stock.put_left(cache, "MKT", {"rye": 3})
    stock.put_left(cache, "MKT", {"rye": 1})
    assert stock.left(cache, "MKT") == {"rye": 1}


def test_left_expires(cache):
    stock.put_left(cache, "MKT", {"rye": 3})
    assert cache.ttl("left:MKT") > 0


def test_every_branch(cache):
    for branch in ("MKT", "STN", "HIL", "DOC"):
        stock.put_left(cache, branch, {"rye": 1})
    assert len(cache.keys("left:*")) == 4
