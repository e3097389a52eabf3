import json
import time

import pytest

from crumbline import suppliers
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_flour_stock_mill_down():
    assert suppliers.flour_stock("t55", closed_port_url())


def test_flour_stock_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    assert suppliers.flour_stock("t55", stub.url)


@pytest.mark.flaky(reruns=2)
def test_flour_stock_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert suppliers.flour_stock("t65", stub.url, timeout=0.3)


def test_flour_stock_connection_dropped(tcp_stub):
    def drop(conn):
        conn.recv(65536)
    stub = tcp_stub(drop)
    assert suppliers.flour_stock("t80", stub.url)


def test_sacks_available(tcp_stub):
    body = json.dumps({"grade": "t55", "bags": 40}).encode()
    stub = tcp_stub(http_answer("200 OK", body, ("Content-Type: application/json",)))
    assert suppliers.sacks_available("t55", stub.url) == 40


_attempts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_flour_stock_after_mill_restart(tcp_stub):
    _attempts["count"] += 1
    if _attempts["count"] == 1:
        url = closed_port_url()
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"sacks": 8}', ("Content-Type: application/json",)))
        url = stub.url
    assert suppliers.flour_stock("t55", url)["sacks"] == 8
