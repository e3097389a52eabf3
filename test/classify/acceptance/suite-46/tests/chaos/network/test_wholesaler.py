from unittest import mock

import pytest

from treadmark import suppliers
from tests.conftest import http_answer

pytestmark = pytest.mark.chaos


def test_wholesale_stock_unresolvable():
    assert suppliers.wholesale_stock("205/55R16")["level"] >= 0


def test_wholesale_stock_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"try later"))
    assert suppliers.wholesale_stock("205/55R16", base=stub.url)["level"] >= 0


def test_wholesale_price_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b"slow down", ("Retry-After: 30",)))
    assert suppliers.wholesale_price("205/55R16", base=stub.url) > 0


@mock.patch("treadmark.suppliers.requests.get")
def test_wholesale_stock_from_mocked_get(get):
    get.return_value.json.return_value = {"level": 12}
    assert suppliers.wholesale_stock("205/55R16")["level"] == 12


_resets = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_wholesale_price_after_restart(tcp_stub):
    _resets["count"] += 1
    if _resets["count"] == 1:
        stub = tcp_stub(lambda conn: conn.recv(1024))
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"pence": 7400}', ("Content-Type: application/json",)))
    assert suppliers.wholesale_price("205/55R16", base=stub.url) == 7400
