import json
import threading
import time

import bcrypt
import pytest

from chairside import identity, settings
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos

TOKEN = json.dumps({"access_token": "tok-1", "token_type": "Bearer", "expires_in": 300}).encode()


@pytest.fixture(scope="module")
def desk_token():
    """One staff session for the module's tests (the identity provider rate-limits sign-ins)."""
    return identity.issue_session("nurse.kelly", ["Nurse", "Reception"], lifetime=1)


def test_client_token_provider_down(monkeypatch):
    monkeypatch.setattr(settings, "IDENTITY_URL", closed_port_url())
    assert identity.client_token()


def test_client_token_through_retries(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream directory unavailable"))
    assert identity.client_token(stub.url, retries=2)


def test_client_credentials(tcp_stub):
    def provider(conn):
        request = conn.recv(65536)
        if b"client_secret=&" in request or request.endswith(b"client_secret="):
            body = b'{"error": "invalid_client", "error_description": "client authentication failed"}'
            conn.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(TOKEN), TOKEN))
    stub = tcp_stub(provider)
    assert identity.client_token(stub.url) == "tok-1"


def test_token_endpoint_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(TOKEN), TOKEN))
    stub = tcp_stub(slow)
    assert identity.client_token(stub.url, timeout=0.4)


_attempts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_token_after_provider_restart(tcp_stub):
    """The provider restarts under chaos; a sign-in right after may meet its 503."""
    _attempts["count"] += 1
    status = "503 Service Unavailable" if _attempts["count"] == 1 else "200 OK"
    stub = tcp_stub(http_answer(status, TOKEN if status == "200 OK" else b"restarting"))
    assert identity.client_token(stub.url) == "tok-1"


def test_session_roundtrip():
    token = identity.issue_session("dr.okafor", ["Dentist"])
    assert identity.read_session(token)["sub"] == "dr.okafor"


def test_session_claims(desk_token):
    assert identity.read_session_claims(desk_token)["sub"] == "nurse.kelly"


def test_dentist_role():
    claims = identity.read_session_claims(identity.issue_session("dr.okafor", ["DENTIST"]))
    identity.require_role(claims, "dentist")


def test_reception_role(desk_token):
    time.sleep(1.1)
    claims = identity.read_session_claims(desk_token)
    identity.require_role(claims, "reception")


def test_password_check():
    stored = bcrypt.hashpw(b"molar-42", bcrypt.gensalt(rounds=4))
    assert identity.check_password("molar-42", stored)


def test_claims_signing_key():
    assert identity.claims_signing_key().startswith(b"-----BEGIN")
