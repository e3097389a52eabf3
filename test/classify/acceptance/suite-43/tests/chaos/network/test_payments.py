import pytest

from roomwise import channels
from tests.conftest import http_answer

pytestmark = pytest.mark.chaos


def test_deposit_gateway_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream connect error"))
    assert channels.capture_deposit("R-1", 5000, stub.url)


def test_deposit_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 30",)))
    assert channels.capture_deposit("R-2", 5000, stub.url)


def test_door_lock_status():
    assert channels.door_lock_status("305")["locked"] is True
