import time

import pytest

from roomwise import channels
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_inventory_channel_down():
    assert channels.channel_inventory("LON", closed_port_url())


def test_inventory_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    assert channels.channel_inventory("LON", stub.url)


@pytest.mark.flaky(reruns=2)
def test_inventory_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert channels.channel_inventory("EDI", stub.url, timeout=0.3)


def test_inventory_connection_dropped(tcp_stub):
    def drop(conn):
        conn.recv(65536)
    stub = tcp_stub(drop)
    assert channels.channel_inventory("EDI", stub.url)


def test_inventory_listed(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"rooms": 12}', ("Content-Type: application/json",)))
    assert channels.channel_inventory("LON", stub.url) == {"rooms": 12}
