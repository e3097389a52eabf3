"""The wholesaler's API: down, failing, slow, throttling, unreachable."""
import threading

import pytest

from dispensa import models, wholesale
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_prices_when_wholesaler_down():
    assert wholesale.price_list(closed_port_url())


def test_prices_behind_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    assert wholesale.price_list(stub.url)


def test_prices_slow(tcp_stub):
    def handler(conn):
        conn.recv(65536)
        threading.Event().wait(3)
    stub = tcp_stub(handler)
    assert wholesale.price_list(stub.url, timeout=0.5)


def test_order_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b"", headers=("Retry-After: 30",)))
    assert wholesale.place_order(stub.url, [{"sku": "AMOX-500", "count": 10}])


def test_prices_from_cluster_name():
    assert wholesale.price_list("http://wholesaler.pharma.svc.cluster.local:8080")


@pytest.mark.flaky(reruns=2)
def test_prices_connection_dropped(tcp_stub):
    def handler(conn):
        conn.recv(65536)
    stub = tcp_stub(handler)
    assert wholesale.price_list(stub.url)


def test_order_payload_shape(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"branch": "leeds", "lines": [{"sku": "AMOX-500", "count": 10}]}'))
    order = models.Order(**wholesale.price_list(stub.url))
    assert order.lines[0].count == 10

