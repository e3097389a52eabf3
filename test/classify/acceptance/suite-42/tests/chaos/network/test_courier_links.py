import pytest

from crumbline import suppliers
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_book_courier_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 30",)))
    assert suppliers.book_courier("A-100", stub.url)


def test_delivery_status_maintenance(tcp_stub):
    page = b"<html><body><h1>Down for maintenance</h1></body></html>"
    stub = tcp_stub(http_answer("503 Service Unavailable", page, ("Content-Type: text/html",)))
    assert suppliers.delivery_status("D-7", stub.url) == "on_the_way"


def test_delivery_via_proxy():
    assert suppliers.via_proxy("http://couriers.example.com/health", closed_port_url()) == 200


def test_oven_controller_status():
    assert suppliers.oven_controller()["ovens"] == 3
