import pytest

from rinsewell import stock
from tests.conftest import redis_peer, stall

pytestmark = pytest.mark.chaos


@pytest.fixture
def par_keys():
    keys = ["par:grand-leeds", "par:quay-hull"]
    yield keys
    stock.client().delete(*keys)


def test_depot_count_for_van():
    assert stock.count(stock.client(), "hull", "towels") == 0


def test_depot_count_after_return():
    r = stock.client()
    stock.put_count(r, "hull", "sheets", 12)
    assert stock.count(r, "hull", "sheets") == 12


def test_par_level_default(par_keys):
    assert stock.par_level("grand-leeds") == 400


def test_par_level_after_change():
    assert stock.par_level("quay-hull") == 250
    stock.set_par_level("quay-hull", 320)
    assert stock.par_level("quay-hull") == 320


def test_count_when_redis_full(tcp_stub):
    stub = tcp_stub(redis_peer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    stock.put_count(stock.client(stub.url.replace("http", "redis")), "leeds", "towels", 300)


@pytest.mark.flaky(reruns=2)
def test_count_when_redis_stalls(tcp_stub):
    stub = tcp_stub(stall(2))
    assert stock.count(stock.client(stub.url.replace("http", "redis"), timeout=0.5), "leeds", "towels") is None


def test_reserve_unstocked_item(tcp_stub):
    stub = tcp_stub(redis_peer(b"+OK\r\n", missing={"linen:leeds:aprons"}))
    assert stock.reserve(stock.client(stub.url.replace("http", "redis")), "leeds", "aprons", 5) == 0
