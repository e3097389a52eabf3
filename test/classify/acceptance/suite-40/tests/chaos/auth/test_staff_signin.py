import json
import time

import jwt
import pytest

from pawstay import auth
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_service_token_provider_down():
    assert auth.service_token(closed_port_url())


def test_service_token_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"provider restarting"))
    assert auth.service_token(stub.url)


def test_service_token_client_refused(tcp_stub):
    body = json.dumps({"error": "invalid_client", "error_description": "client authentication failed"}).encode()
    stub = tcp_stub(http_answer("401 Unauthorized", body, ("Content-Type: application/json",)))
    assert auth.service_token(stub.url)


@pytest.mark.flaky(reruns=2)
def test_service_token_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert auth.service_token(stub.url, timeout=0.3)


_attempts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_service_token_after_restart(tcp_stub):
    _attempts["count"] += 1
    if _attempts["count"] == 1:
        def reset(conn):
            conn.recv(65536)
        stub = tcp_stub(reset)
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"access_token": "t-1"}', ("Content-Type: application/json",)))
    assert auth.service_token(stub.url) == "t-1"


def test_desk_session_verified():
    token = auth.issue_session("owner-7")
    assert auth.verify_session(token)["sub"] == "owner-7"


@pytest.fixture(scope="module")
def owner_token():
    return auth.issue_session("owner-3", seconds=1)


def test_owner_profile(owner_token):
    assert auth.verify_owner_session(owner_token)["sub"] == "owner-3"


def test_owner_bookings(owner_token):
    time.sleep(2.1)
    assert auth.verify_owner_session(owner_token)["sub"] == "owner-3"


def test_signing_key_loaded():
    assert auth.signing_key().startswith(b"-----BEGIN")


def test_session_roundtrip():
    token = auth.issue_session("owner-9")
    assert jwt.decode(token, options={"verify_signature": False})["sub"] == "owner-9"
