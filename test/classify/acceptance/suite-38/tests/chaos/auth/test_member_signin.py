import datetime
import hashlib
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from deskhive import auth, settings
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos

TOKENS = json.dumps({"access_token": "at-1", "token_type": "Bearer", "expires_in": 300, "id_token": "x"}).encode()


def _json(status, payload):
    body = json.dumps(payload).encode()
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body


@pytest.fixture(scope="module")
def member_session():
    """One member session for the module (the provider throttles sign-ins)."""
    return auth.issue_session("ines.moreau", ["desks:book", "rooms:book"], lifetime=1)


def test_exchange_provider_down(monkeypatch):
    monkeypatch.setattr(settings, "PROVIDER_URL", closed_port_url())
    assert auth.exchange_code("c-1")["access_token"]


def test_exchange_through_retries(tcp_stub):
    stub = tcp_stub(http_answer("500 Internal Server Error", b"token store unavailable"))
    assert auth.exchange_code("c-2", stub.url, retries=2)


def test_exchange_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(TOKENS), TOKENS))
    stub = tcp_stub(slow)
    assert auth.exchange_code("c-3", stub.url, timeout=0.5)


def test_exchange_maintenance_page(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b"<html><body>Sign-in is down for maintenance</body></html>",
                                ("Content-Type: text/html",)))
    assert auth.exchange_code("c-4", stub.url)["access_token"]


@pytest.mark.flaky(reruns=2)
def test_exchange_provider_resets(tcp_stub):
    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(__import__("socket").SOL_SOCKET, __import__("socket").SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    stub = tcp_stub(reset)
    assert auth.exchange_code("c-5", stub.url)


_restarts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_exchange_after_provider_restart(tcp_stub):
    """Under chaos the provider restarts; the first exchange after it may meet its 503."""
    _restarts["count"] += 1
    status = "503 Service Unavailable" if _restarts["count"] == 1 else "200 OK"
    stub = tcp_stub(http_answer(status, TOKENS if status == "200 OK" else b"restarting"))
    assert auth.exchange_code("c-6", stub.url)["access_token"] == "at-1"


def test_client_secret(tcp_stub):
    def provider(conn):
        request = conn.recv(65536)
        if b"client_secret=&" in request or request.endswith(b"client_secret="):
            conn.sendall(_json("401 Unauthorized", {"error": "invalid_client", "error_description": "client authentication failed"}))
        else:
            conn.sendall(_json("200 OK", json.loads(TOKENS)))
    stub = tcp_stub(provider)
    assert auth.exchange_code("c-7", stub.url)["access_token"] == "at-1"


def test_code_used_twice(tcp_stub):
    used = set()

    def provider(conn):
        request = conn.recv(65536)
        code = request.split(b"code=", 1)[1].split(b"&", 1)[0]
        if code in used:
            conn.sendall(_json("400 Bad Request", {"error": "invalid_grant", "error_description": "authorization code already redeemed"}))
        else:
            used.add(code)
            conn.sendall(_json("200 OK", json.loads(TOKENS)))
    stub = tcp_stub(provider)
    first = auth.exchange_code("c-8", stub.url)
    second = auth.exchange_code("c-8", stub.url)
    assert first == second


def _keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_id_token_after_key_rotation(tcp_stub):
    published, signing = _keypair(), _keypair()
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(published.public_key()))
    jwk["kid"] = "2026-12"
    stub = tcp_stub(http_answer("200 OK", json.dumps({"keys": [jwk]}).encode()))
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    id_token = jwt.encode({"sub": "m-17", "aud": settings.CLIENT_ID, "iat": now, "exp": now + datetime.timedelta(minutes=5)},
                          signing, algorithm="RS256", headers={"kid": "2026-12"})
    assert auth.read_id_token(id_token, auth.provider_keys(stub.url))["sub"] == "m-17"


def test_id_token_clock_skew(tcp_stub):
    key = _keypair()
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk["kid"] = "2026-12"
    stub = tcp_stub(http_answer("200 OK", json.dumps({"keys": [jwk]}).encode()))
    provider_now = datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(seconds=40)
    id_token = jwt.encode({"sub": "m-18", "aud": settings.CLIENT_ID, "iat": provider_now, "nbf": provider_now,
                           "exp": provider_now + datetime.timedelta(minutes=5)}, key, algorithm="RS256", headers={"kid": "2026-12"})
    assert auth.read_id_token(id_token, auth.provider_keys(stub.url))["sub"] == "m-18"


def test_id_token_unknown_kid(tcp_stub):
    key = _keypair()
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk["kid"] = "2026-11"
    stub = tcp_stub(http_answer("200 OK", json.dumps({"keys": [jwk]}).encode()))
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    id_token = jwt.encode({"sub": "m-19", "aud": settings.CLIENT_ID, "iat": now, "exp": now + datetime.timedelta(minutes=5)},
                          key, algorithm="RS256", headers={"kid": "2026-12"})
    assert auth.read_id_token(id_token, auth.provider_keys(stub.url))["sub"] == "m-19"


def test_session_roundtrip():
    token = auth.issue_session("ines.moreau", ["desks:book"])
    assert auth.read_session(token)["sub"] == "ines.moreau"


def test_door_session():
    token = auth.issue_session("ines.moreau", ["doors:open"])
    assert auth.read_door_session(token)["sub"] == "ines.moreau"


def test_booking_scope():
    claims = auth.read_session(auth.issue_session("ines.moreau", ["desks:book", "rooms:book"]))
    auth.require_scope(claims, "rooms:book")


def test_member_session_rooms(member_session):
    time.sleep(1.2)
    claims = auth.read_session(member_session)
    auth.require_scope(claims, "rooms:book")


def test_api_key():
    stored = hashlib.sha256(b"dk_live_4f1c").hexdigest().encode()
    assert auth.check_api_key(hashlib.sha256(b"dk_live_4f1c").hexdigest(), stored)


def test_signing_key():
    assert auth.signing_key().startswith(b"-----BEGIN")
