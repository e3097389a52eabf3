import datetime
import json
import socket
import time

import bcrypt
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from boltyard import auth, settings
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos

# The counter's refresh token, issued when the counter at depot 2 was set up.
COUNTER_REFRESH_TOKEN = "rt-depot2-counter-2026-10-04"


def _json(status, payload, headers=()):
    body = json.dumps(payload).encode()
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _answer(status, payload, headers=()):
    def handler(conn):
        conn.recv(65536)
        conn.sendall(_json(status, payload, headers))
    return handler


def _keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def provider_key():
    return _keypair()


@pytest.fixture(scope="module")
def counter_token(provider_key):
    """One access token for the module: the provider issues short-lived tokens to counters."""
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {"sub": "counter-2", "role": "counter", "aud": settings.TOKEN_AUDIENCE, "iat": now,
              "exp": now + datetime.timedelta(seconds=1)}
    return jwt.encode(claims, provider_key, algorithm="RS256")


def test_client_token_provider_down():
    assert auth.client_token(closed_port_url())["access_token"]


def test_client_token_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"identity provider is restarting"))
    assert auth.client_token(stub.url)["access_token"]


def test_client_token_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(_json("200 OK", {"access_token": "x"}))
    stub = tcp_stub(slow)
    assert auth.client_token(stub.url, timeout=0.5)["access_token"]


_restarts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_client_token_after_provider_restart(tcp_stub):
    """Under chaos the provider restarts; the first sign-in after it may meet its 502s."""
    _restarts["count"] += 1
    if _restarts["count"] == 1:
        stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    else:
        stub = tcp_stub(_answer("200 OK", {"access_token": "at-1", "expires_in": 300}))
    assert auth.client_token(stub.url)["access_token"]


@pytest.mark.flaky(reruns=2)
def test_client_token_provider_resets(tcp_stub):
    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    stub = tcp_stub(reset)
    assert auth.client_token(stub.url)["access_token"]


def test_client_secret_refused(tcp_stub):
    stub = tcp_stub(_answer("401 Unauthorized", {"error": "invalid_client", "error_description": "Client authentication failed"}))
    assert auth.client_token(stub.url)["access_token"]


def test_refresh_counter_token(tcp_stub):
    stub = tcp_stub(_answer("400 Bad Request", {"error": "invalid_grant", "error_description": "Token has been revoked"}))
    assert auth.refresh(COUNTER_REFRESH_TOKEN, stub.url)["access_token"]


def test_counter_opens_hire(counter_token, provider_key):
    time.sleep(1.5)
    claims = auth.read_access_token(counter_token, provider_key.public_key())
    auth.require(claims, "hires:open")


def test_token_from_provider_clock_ahead(provider_key):
    provider_now = datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(seconds=90)
    token = jwt.encode({"sub": "counter-4", "role": "counter", "aud": settings.TOKEN_AUDIENCE, "iat": provider_now,
                        "exp": provider_now + datetime.timedelta(minutes=5)}, provider_key, algorithm="RS256")
    assert auth.read_access_token(token, provider_key.public_key())["sub"] == "counter-4"


def test_token_after_key_rotation(provider_key):
    rotated = _keypair()
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    token = jwt.encode({"sub": "counter-5", "role": "counter", "aud": settings.TOKEN_AUDIENCE, "iat": now,
                        "exp": now + datetime.timedelta(minutes=5)}, rotated, algorithm="RS256", headers={"kid": "2026-11"})
    assert auth.read_access_token(token, provider_key.public_key())["sub"] == "counter-5"


def test_token_roundtrip(provider_key):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    token = jwt.encode({"sub": "counter-1", "role": "counter", "aud": settings.TOKEN_AUDIENCE, "iat": now,
                        "exp": now + datetime.timedelta(minutes=5)}, provider_key, algorithm="RS256")
    assert auth.read_access_token(token, provider_key.public_key())["role"] == "counter"


def test_session_key_mounted():
    assert len(auth.session_key()) >= 32


def test_webhook_signed():
    assert len(auth.sign_webhook(b'{"hire": "H-2041", "event": "returned"}')) == 64


def test_counter_pin():
    stored = bcrypt.hashpw(b"4821", bcrypt.gensalt(rounds=4))
    assert auth.check_pin("4821", stored)


def test_manager_extends_hire():
    auth.require({"sub": "dee", "role": "depot_manager"}, "hires:extend")


def test_yard_hand_cannot_open_hires():
    with pytest.raises(auth.PermissionDenied):
        auth.require({"sub": "eli", "role": "yard_hand"}, "hires:open")
