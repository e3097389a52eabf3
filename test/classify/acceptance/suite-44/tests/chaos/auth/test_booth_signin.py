import json

import pytest

from baywarden import auth
from tests.conftest import closed_port_url, http_answer, stall

pytestmark = pytest.mark.chaos


def test_booth_token_provider_down():
    assert auth.booth_token(closed_port_url())


def test_booth_token_provider_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"no healthy upstream"))
    assert auth.booth_token(stub.url)


def test_booth_token_client_refused(tcp_stub):
    body = json.dumps({"error": "invalid_client", "error_description": "client authentication failed"}).encode()
    stub = tcp_stub(http_answer("401 Unauthorized", body, ("Content-Type: application/json",)))
    assert auth.booth_token(stub.url)


@pytest.mark.flaky(reruns=2)
def test_booth_token_slow_provider(tcp_stub):
    stub = tcp_stub(stall())
    assert auth.booth_token(stub.url, timeout=0.3)


def test_booth_token_issued(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"access_token": "b-1"}', ("Content-Type: application/json",)))
    assert auth.booth_token(stub.url) == "b-1"
