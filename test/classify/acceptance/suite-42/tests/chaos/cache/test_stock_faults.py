from decimal import Decimal

import pytest

from crumbline import stock
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


def test_stock_read_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+PONG\r\n"}, stall_after=0))
    stock.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)


def test_stock_while_redis_loads(tcp_stub):
    loading = b"-LOADING Redis is loading the dataset in memory\r\n"
    stub = tcp_stub(line_answers(None, {b"*": loading}))
    stock.connect(f"redis://127.0.0.1:{stub.port}/0")


def test_stock_when_redis_full(tcp_stub):
    def redis_peer(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            if not line.startswith(b"*"):
                continue
            parts = [reader.readline() for _ in range(2 * int(line[1:]))]
            command = parts[1].strip().upper()
            if command == b"PING":
                conn.sendall(b"+PONG\r\n")
            else:
                conn.sendall(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n")
    stub = tcp_stub(redis_peer)
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_left(client, "MKT", {"rye": 2})


def test_prices_cached(tcp_stub):
    def redis_peer(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            if line.startswith(b"*"):
                for _ in range(2 * int(line[1:])):
                    reader.readline()
                conn.sendall(b"+OK\r\n")
    stub = tcp_stub(redis_peer)
    client = stock.connect(f"redis://127.0.0.1:{stub.port}/0")
    stock.put_prices(client, "MKT", {"rye": Decimal("3.60")})


def test_price_change_seen():
    assert stock.price_of("baguette") == 2.5
    stock.set_price("baguette", 2.8)
    assert stock.price_of("baguette") == 2.8
