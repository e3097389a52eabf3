import pytest

from treadmark import auth
from tests.conftest import closed_port_url, http_answer, stall

pytestmark = pytest.mark.chaos


def test_signin_provider_down():
    assert auth.client_token(closed_port_url())


def test_signin_provider_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream maintenance"))
    assert auth.client_token(stub.url)


@pytest.mark.flaky(reruns=2)
def test_signin_provider_slow(tcp_stub):
    stub = tcp_stub(stall(2))
    assert auth.client_token(stub.url, timeout=0.5)


def test_signin_rejected_client(tcp_stub):
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid_client"}',
                                ("Content-Type: application/json",)))
    assert auth.client_token(stub.url)


def test_signin_token(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"access_token": "abc", "expires_in": 300}',
                                ("Content-Type: application/json",)))
    assert auth.client_token(stub.url) == "abc"


_first = {"seen": False}


@pytest.mark.flaky(reruns=2)
def test_signin_after_provider_restart(tcp_stub):
    if not _first["seen"]:
        _first["seen"] = True
        stub = tcp_stub(lambda conn: conn.recv(1024))
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"access_token": "xyz"}', ("Content-Type: application/json",)))
    assert auth.client_token(stub.url, session=auth.provider_session(retries=0)) == "xyz"
