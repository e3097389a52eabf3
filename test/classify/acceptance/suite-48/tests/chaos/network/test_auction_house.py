import pytest
import requests

from tideshelf import buyers

from ...conftest import http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos


def test_lots_on_sale():
    assert buyers.lots_on_sale(token="t-1") == []


def test_register_buyer():
    assert buyers.register_buyer("Harbour Fish Ltd")


def test_lots_for_signed_in_buyer():
    lots = buyers.lots_on_sale(token="t-2")
    assert all("lot" in lot for lot in lots)


@pytest.mark.flaky(reruns=2)
def test_lots_answer_in_time(tcp_stub):
    stub = tcp_stub(stall(2))
    assert buyers.lots_on_sale(stub.url, token="t-3", timeout=0.3) == []


_calls = []


@pytest.mark.flaky(reruns=2)
def test_lots_after_reset(tcp_stub):
    _calls.append(1)
    stub = tcp_stub(reset_after_request if len(_calls) == 1 else http_answer("200 OK", b"[]", ["Content-Type: application/json"]))
    assert buyers.lots_on_sale(stub.url, token="t-4") == []
