import pytest

from combwright import stock
from tests.conftest import redis_peer

pytestmark = pytest.mark.chaos


@pytest.fixture
def r():
    client = stock.client()
    client.flushdb()
    yield client
    client.close()


@pytest.fixture
def reserved_key():
    key = ("market", "heather-340g")
    yield key
    stock.client().delete(f"jars:{key[0]}:{key[1]}")


def test_jars_after_bottling(r):
    stock.put_jars(r, "north-shed", "heather-340g", 120)
    assert stock.jars(r, "north-shed", "heather-340g") == 120


def test_jars_unknown_kind(r):
    assert stock.jars(r, "north-shed", "borage-340g") is None


def test_jars_taken_for_order(r):
    stock.put_jars(r, "depot", "clover-340g", 40)
    assert stock.take_jars(r, "depot", "clover-340g", 12) == 28


def test_jars_at_market():
    assert stock.jars(stock.client(), "market", "heather-340g") is None


def test_reservation_key(reserved_key):
    assert reserved_key[0] == "market"


def test_jars_when_redis_full(tcp_stub):
    stub = tcp_stub(redis_peer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    r = stock.client(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_jars(r, "depot", "heather-340g", 10)


def test_price_after_change():
    assert stock.price("clover-340g") == 560
    stock.set_price("clover-340g", 590)
    assert stock.price("clover-340g") == 590
