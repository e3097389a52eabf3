import socket

import pytest

from treadmark import settings, suppliers
from tests.conftest import closed_port_url, http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos


def test_stock_supplier_down():
    assert suppliers.stock_level("205/55R16", base=closed_port_url()) >= 0


@pytest.mark.flaky(reruns=2)
def test_stock_supplier_slow(tcp_stub):
    stub = tcp_stub(stall(2))
    assert suppliers.stock_level("205/55R16", base=stub.url, timeout=0.5) >= 0


def test_stock_behind_gateway_timeout(tcp_stub):
    stub = tcp_stub(http_answer("504 Gateway Timeout", b"<html>upstream timed out</html>"))
    assert suppliers.stock_level("225/45R17", base=stub.url) >= 0


def test_stock_supplier_resets(tcp_stub):
    stub = tcp_stub(reset_after_request)
    assert suppliers.stock_level("195/65R15", base=stub.url) >= 0


def test_order_from_supplier(tcp_stub):
    stub = tcp_stub(http_answer("201 Created", b'{"order": "PO-1"}', ("Content-Type: application/json",)))
    assert suppliers.place_order(stub.url, "205-55R16", 8)["order"] == "PO-1"


def test_stock_over_tls(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"level": 4}', ("Content-Type: application/json",)), tls=True)
    assert suppliers.stock_level("205/55R16", base=stub.url) == 4


def test_price_list_point_at_stub(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"205/55R16": 8900}', ("Content-Type: application/json",)))
    settings.SUPPLIER_URL = stub.url
    assert suppliers.price_list() == {"205/55R16": 8900}


def test_price_list_again():
    assert suppliers.price_list() == {"205/55R16": 8900}


_listeners = []


@pytest.fixture
def fixed_port_stub():
    listener = socket.socket()
    _listeners.append(listener)
    listener.bind(("127.0.0.1", 19669))
    listener.listen(4)
    yield "http://127.0.0.1:19669"


def test_price_list_on_fixed_port(fixed_port_stub):
    with pytest.raises(Exception):
        suppliers.price_list(fixed_port_stub)


def test_stock_on_fixed_port(fixed_port_stub):
    with pytest.raises(Exception):
        suppliers.stock_level("205/55R16", base=fixed_port_stub, timeout=0.2)
