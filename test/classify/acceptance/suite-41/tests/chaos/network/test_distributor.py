import socket
import time

import pytest

from reelhouse import distributor
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_booking_distributor_down():
    assert distributor.booking("dune-2", closed_port_url())["prints"]


def test_booking_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><h1>502 Bad Gateway</h1></html>"))
    assert distributor.booking("dune-2", stub.url)["prints"]


def test_booking_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    stub = tcp_stub(slow)
    assert distributor.booking("dune-2", stub.url, timeout=0.5)


def test_booking_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
    stub = tcp_stub(hang_up)
    assert distributor.booking("dune-2", stub.url)


def test_key_delivery_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 60",)))
    assert distributor.key_delivery("dune-2", "screen-4", stub.url)["kdm"]


def test_booth_resolves():
    assert distributor.booth_address()
