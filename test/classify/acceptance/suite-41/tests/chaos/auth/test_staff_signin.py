import datetime
import json
import socket
import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from reelhouse import auth, payments, settings
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def _json(status, payload, headers=()):
    body = json.dumps(payload).encode()
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _answer(status, payload, headers=()):
    def handler(conn):
        conn.recv(65536)
        conn.sendall(_json(status, payload, headers))
    return handler


@pytest.fixture(scope="module")
def till_token():
    """One till session for the module: sign-ins are throttled by the provider."""
    return auth.issue_session("till-3", "cashier", minutes=0.02)


def test_discovery_provider_down(monkeypatch):
    monkeypatch.setattr(settings, "ISSUER_URL", closed_port_url())
    assert auth.discover()["issuer"]


def test_discovery_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(_json("200 OK", {"issuer": "x"}))
    stub = tcp_stub(slow)
    assert auth.discover(stub.url, timeout=0.5)["issuer"]


def test_key_set_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream key store unavailable"))
    assert auth.key_set(f"{stub.url}/jwks")["keys"]


_restarts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_discovery_after_provider_restart(tcp_stub):
    """Under chaos the provider restarts; the first discovery after it may meet its 502."""
    _restarts["count"] += 1
    if _restarts["count"] == 1:
        stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    else:
        stub = tcp_stub(_answer("200 OK", {"issuer": "http://idp"}))
    assert auth.discover(stub.url)["issuer"]


@pytest.mark.flaky(reruns=2)
def test_password_grant_provider_resets(tcp_stub):
    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    stub = tcp_stub(reset)
    assert auth.password_grant(f"{stub.url}/token", "ana", "pw")


def test_login_rate_limited(tcp_stub):
    stub = tcp_stub(_answer("429 Too Many Requests", {"error": "slow_down"}, ("Retry-After: 30",)))
    assert auth.password_grant(f"{stub.url}/token", "ana", "pw")["access_token"]


def test_refresh_token_expired(tcp_stub):
    stub = tcp_stub(_answer("400 Bad Request", {"error": "invalid_grant", "error_description": "Token is not active"}))
    assert auth.refresh(f"{stub.url}/token", "rt-till-3-2026-11-28")["access_token"]


def test_client_secret_file():
    assert auth.client_secret()


def test_wrong_client_secret(tcp_stub):
    stub = tcp_stub(_answer("401 Unauthorized", {"error": "unauthorized_client", "error_description": "Invalid client secret"}))
    assert auth.password_grant(f"{stub.url}/token", "ana", "pw", secret="rotated-last-week")["access_token"]


def _keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_access_token_from_slow_clock():
    key = _keypair()
    provider_now = datetime.datetime.now(tz=datetime.timezone.utc) - datetime.timedelta(minutes=6)
    token = jwt.encode({"sub": "ana", "aud": settings.CLIENT_ID, "iat": provider_now,
                        "exp": provider_now + datetime.timedelta(minutes=5)}, key, algorithm="RS256")
    assert auth.read_access_token(token, key.public_key())["sub"] == "ana"


def test_access_token_audience():
    key = _keypair()
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    token = jwt.encode({"sub": "ana", "aud": "reelhouse-web", "exp": now + datetime.timedelta(minutes=5)}, key, algorithm="RS256")
    assert auth.read_access_token(token, key.public_key())["sub"] == "ana"


def test_session_roundtrip():
    assert auth.read_session(auth.issue_session("ana", "cashier"))["role"] == "cashier"


def test_manager_refund():
    claims = auth.read_session(auth.issue_session("bea", "duty_manager"))
    auth.require(claims, "tickets:refund")


def test_usher_cannot_sell():
    claims = auth.read_session(auth.issue_session("cai", "usher"))
    with pytest.raises(auth.PermissionDenied):
        auth.require(claims, "tickets:sell")


def test_cashier_sells(till_token):
    time.sleep(1.5)
    auth.require(auth.read_session(till_token), "tickets:sell")


def test_payment_key_set():
    assert payments.authorise("till-3", 1250)["approved"]


def test_payment_key_revoked(tcp_stub):
    stub = tcp_stub(_answer("401 Unauthorized", {"error": "invalid_api_key", "message": "This API key was revoked"}))
    assert payments.authorise("till-3", 1250, base=stub.url, key="pk_live_7Hq2")["approved"]
