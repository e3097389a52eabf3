import json
import time

import pytest

from crumbline import auth
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_till_token_provider_down():
    assert auth.till_token(closed_port_url())


def test_till_token_provider_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream connect error"))
    assert auth.till_token(stub.url)


def test_till_token_client_refused(tcp_stub):
    body = json.dumps({"error": "invalid_client", "error_description": "client secret does not match"}).encode()
    stub = tcp_stub(http_answer("401 Unauthorized", body, ("Content-Type: application/json",)))
    assert auth.till_token(stub.url)


@pytest.mark.flaky(reruns=2)
def test_till_token_slow_provider(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert auth.till_token(stub.url, timeout=0.3)


_attempts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_till_token_after_failover(tcp_stub):
    _attempts["count"] += 1
    if _attempts["count"] == 1:
        stub = tcp_stub(http_answer("504 Gateway Timeout", b""))
        url = closed_port_url()
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"access_token": "t-9"}', ("Content-Type: application/json",)))
        url = stub.url
    assert auth.till_token(url) == "t-9"


def test_till_key_accepted():
    assert auth.till_key_valid("till-1", "k-3f9a")


def test_till_key_refused():
    assert not auth.till_key_valid("till-2", b"k-0000")
