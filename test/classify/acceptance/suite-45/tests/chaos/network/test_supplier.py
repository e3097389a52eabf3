import time

import pytest

from boltyard import supplier
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_availability_supplier_down():
    assert supplier.availability("scissor-lift", closed_port_url())["depots"]


def test_availability_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><h1>502 Bad Gateway</h1></html>"))
    assert supplier.availability("scissor-lift", stub.url)["depots"]


def test_availability_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    stub = tcp_stub(slow)
    assert supplier.availability("scissor-lift", stub.url, timeout=0.5) == {}


def test_availability_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
    stub = tcp_stub(hang_up)
    assert supplier.availability("scissor-lift", stub.url)


def test_cross_hire_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 60",)))
    assert supplier.cross_hire("scissor-lift", 5, stub.url)["reference"]


def test_cross_hire_maintenance(tcp_stub):
    page = b"<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>"
    stub = tcp_stub(http_answer("200 OK", page, ("Content-Type: text/html",)))
    assert supplier.cross_hire("scissor-lift", 5, stub.url)["reference"]


def test_telematics_resolves():
    assert supplier.telematics_address()
