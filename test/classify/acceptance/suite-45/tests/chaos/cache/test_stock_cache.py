import pytest

from boltyard import stock
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    conn = stock.client()
    conn.ping()
    yield stock.StockCache(conn)
    conn.close()


def test_put_and_get(cache):
    cache.put("depot-2", {"mini-digger": 3})
    assert cache.get("depot-2") == {"mini-digger": 3}


def test_unknown_depot(cache):
    assert cache.get("depot-99") is None


def test_reserve_item(cache):
    assert cache.reserve("depot-2", "MD-0042", "H-2041")


def test_reserve_taken(cache):
    cache.reserve("depot-2", "MD-0043", "H-2041")
    assert not cache.reserve("depot-2", "MD-0043", "H-2042")


def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+OK\r\n"}, stall_after=0))
    cache = stock.StockCache(stock.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5))
    assert cache.get("depot-2") is None


def test_cache_out_of_memory(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"}))
    cache = stock.StockCache(stock.client(f"redis://127.0.0.1:{stub.port}/0"))
    cache.put("depot-2", {"mini-digger": 3}, ttl=300)


def test_cache_wants_password(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-NOAUTH Authentication required.\r\n"}))
    cache = stock.StockCache(stock.client(f"redis://127.0.0.1:{stub.port}/0"))
    assert cache.get("depot-2") is None


def test_count_after_eviction(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"$-1\r\n"}))
    cache = stock.StockCache(stock.client(f"redis://127.0.0.1:{stub.port}/0"))
    assert cache.available("depot-2", "breaker") >= 0


def test_rate_after_price_change():
    assert stock.day_rate("breaker") == 38
    stock.set_day_rate("breaker", 42)
    assert stock.day_rate("breaker") == 42
