import pytest

from tideshelf import cache
from tideshelf.stock import CatchStock

from ...conftest import resp_answer

pytestmark = pytest.mark.chaos


def url(stub):
    return f"redis://127.0.0.1:{stub.port}/0"


@pytest.mark.flaky(reruns=2)
def test_boxes_read_in_time(tcp_stub):
    stub = tcp_stub(resp_answer(b"+OK\r\n", stall_on="HGET"))
    assert CatchStock(cache.redis_client(url(stub))).boxes("east", "hake") == 0


def test_landing_when_redis_full(tcp_stub):
    stub = tcp_stub(resp_answer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    CatchStock(cache.redis_client(url(stub))).land("east", "hake", 40)


def test_landing_after_restart(tcp_stub):
    stub = tcp_stub(resp_answer(b"-LOADING Redis is loading the dataset in memory\r\n"))
    CatchStock(cache.redis_client(url(stub))).land("west", "sole", 5)


def test_sold_out_then_reserve(tcp_stub):
    stub = tcp_stub(resp_answer(b"+OK\r\n", b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"))
    stock = CatchStock(cache.redis_client(url(stub)))
    stock.mark_sold_out("east", "cod")
    stock.reserve("east", "hake", 2, "b-17")


def test_stock_behind_password(tcp_stub):
    stub = tcp_stub(resp_answer(b"-NOAUTH Authentication required.\r\n"))
    CatchStock(cache.redis_client(url(stub))).boxes("north", "cod")


def test_landings_watched_by_three_quays(tcp_stub):
    import threading
    stub = tcp_stub(resp_answer(b"+OK\r\n", stall_on="BLPOP"))
    stock = CatchStock(cache.redis_client(url(stub), socket_timeout=3))
    watchers = [threading.Thread(target=stock.next_landing, args=(quay, 2), daemon=True) for quay in ("east", "west")]
    for watcher in watchers:
        watcher.start()
    watchers[0].join(0.2)
    assert stock.boxes("north", "cod") == 0
