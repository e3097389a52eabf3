"""The stock cache against a Redis that misbehaves: loading, stalled, full, a replica, evicting, a stampede."""
import threading
import time

import cachetools
import pytest

from dispensa import stock_cache

pytestmark = pytest.mark.chaos

OK = b"+OK\r\n"


def _resp_peer(answers, stall=False):
    def handler(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            if not line.startswith(b"*"):
                continue
            parts = []
            for _ in range(int(line[1:])):
                reader.readline()
                parts.append(reader.readline().strip())
            word = parts[0].upper()
            if stall and word != b"HELLO":
                threading.Event().wait(30)
                return
            answer = answers.get(word, answers.get(b"*", OK))
            conn.sendall(answer)
    return handler


def peer(tcp_stub, answers, stall=False):
    stub = tcp_stub(_resp_peer(answers, stall))
    return stock_cache.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)


def test_read_while_redis_loads(tcp_stub):
    client = peer(tcp_stub, {b"GET": b"-LOADING Redis is loading the dataset in memory\r\n"})
    cache = stock_cache.StockCache(client, loader=lambda b, s: 0)
    assert cache.level_or_load("leeds", "AMOX-500") >= 0


@pytest.mark.flaky(reruns=2)
def test_read_from_stalled_redis(tcp_stub):
    client = peer(tcp_stub, {}, stall=True)
    cache = stock_cache.StockCache(client, loader=lambda b, s: 0)
    assert cache.level_or_load("leeds", "AMOX-500") >= 0


def test_write_when_redis_is_full(tcp_stub):
    client = peer(tcp_stub, {b"SET": b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"})
    stock_cache.StockCache(client, loader=lambda b, s: 0).put("leeds", "AMOX-500", 30)


def test_write_to_replica(tcp_stub):
    client = peer(tcp_stub, {b"SET": b"-READONLY You can't write against a read only replica.\r\n"})
    stock_cache.StockCache(client, loader=lambda b, s: 0).put("york", "IBU-200", 8)


def test_redis_wants_password(tcp_stub):
    client = peer(tcp_stub, {b"*": b"-NOAUTH Authentication required.\r\n"})
    client.ping()


def test_redis_at_client_limit(tcp_stub):
    def handler(conn):
        conn.sendall(b"-ERR max number of clients reached\r\n")
    stub = tcp_stub(handler)
    stock_cache.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5).ping()


def test_level_after_eviction(tcp_stub):
    client = peer(tcp_stub, {b"GET": b"$-1\r\n"})
    cache = stock_cache.StockCache(client, loader=lambda b, s: 25)
    cache.put("leeds", "AMOX-500", 25)
    assert cache.level("leeds", "AMOX-500") == 25


def test_branch_levels_on_string_key(tcp_stub):
    client = peer(tcp_stub, {b"HGETALL": b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"})
    assert stock_cache.StockCache(client, loader=None).branch_levels("leeds") == {}


def test_formulary_after_update():
    store = {"AMOX-500": {"max_daily": 3}}
    assert stock_cache.formulary_entry(store, "AMOX-500")["max_daily"] == 3
    store["AMOX-500"] = {"max_daily": 2}
    assert stock_cache.formulary_entry(store, "AMOX-500")["max_daily"] == 2


def test_stampede_loads_once():
    calls = []

    def loader(sku):
        calls.append(sku)
        time.sleep(0.05)
        return 12

    levels = stock_cache.LocalLevels(loader)
    threads = [threading.Thread(target=levels.get, args=("AMOX-500",)) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1


def test_reservation_hold_expires():
    holds = cachetools.TTLCache(maxsize=64, ttl=1.0)
    holds["RX-1001"] = "AMOX-500"
    time.sleep(0.3)
    assert "RX-1001" not in holds
