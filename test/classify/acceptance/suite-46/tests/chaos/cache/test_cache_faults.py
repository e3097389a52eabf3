import time

import pytest

from treadmark import stock
from tests.conftest import redis_peer

pytestmark = pytest.mark.chaos


def test_stock_when_redis_full(tcp_stub):
    stub = tcp_stub(redis_peer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_stock(client, "LEEDS", {"205/55R16": 40})


def test_stock_redis_stalls(tcp_stub):
    def stalled(conn):
        conn.recv(1024)
        conn.recv(1024)
    stub = tcp_stub(stalled)
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert stock.stock(client, "HULL") is not None


def answer_once(conn):
    conn.recv(1024)
    conn.sendall(b"$16\r\n{\"205/55R16\": 3}\r\n")


def test_screen_stock_first(tcp_stub):
    stub = tcp_stub(answer_once)
    stock.shared_client(f"redis://127.0.0.1:{stub.port}/0")
    assert stock.screen_stock("HULL") == {"205/55R16": 3}


def test_screen_stock_again():
    assert stock.screen_stock("HULL") == {"205/55R16": 3}


def test_price_change_seen():
    assert stock.price_pence("225/45R17") == 11200
    stock.set_price("225/45R17", 11900)
    assert stock.price_pence("225/45R17") == 11900


def test_staff_discount():
    stock.Catalogue.discount = 0.1
    assert stock.Catalogue({"205/55R16": 8900}).price("205/55R16") == 8010


def test_retail_price():
    assert stock.Catalogue({"205/55R16": 8900}).price("205/55R16") == 8900


def test_stock_entry_expires(tcp_stub):
    store = {}

    def peer(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            parts = [reader.readline() for _ in range(2 * int(line[1:]))]
            words = [part.strip() for part in parts[1::2]]
            if words[0].upper() == b"SET":
                store[words[1]] = (words[2], time.monotonic() + int(words[4]))
                conn.sendall(b"+OK\r\n")
            else:
                value, until = store.get(words[1], (None, 0))
                if value is None or time.monotonic() > until:
                    conn.sendall(b"$-1\r\n")
                else:
                    conn.sendall(b"$%d\r\n%s\r\n" % (len(value), value))
    stub = tcp_stub(peer)
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_stock(client, "YORK", {"205/55R16": 2}, ttl=1)
    time.sleep(0.3)
    assert stock.stock(client, "YORK") is None


_drops = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_stock_during_failover(tcp_stub):
    _drops["count"] += 1
    if _drops["count"] == 1:
        stub = tcp_stub(lambda conn: conn.recv(1024))
    else:
        stub = tcp_stub(redis_peer(b"+OK\r\n"))
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_stock(client, "LEEDS", {"205/55R16": 9})
