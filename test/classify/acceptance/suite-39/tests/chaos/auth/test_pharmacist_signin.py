"""Sign-in through the chain's identity provider, and counter tokens."""
import json
import time

import jwt
import pytest

from dispensa import auth
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos

KEY = "counter-test-key-0123456789abcdef"


@pytest.fixture(scope="module")
def shift_token():
    return auth.counter_token(KEY, "kmoss", "leeds", ttl=1)


def test_token_when_provider_down():
    assert auth.client_token(closed_port_url(), secret="s3cret")


def test_token_when_provider_fails(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream unavailable"))
    assert auth.client_token(stub.url, secret="s3cret")


def test_token_with_configured_secret(tcp_stub):
    body = json.dumps({"error": "invalid_client", "error_description": "client authentication failed"}).encode()

    def handler(conn):
        request = conn.recv(65536)
        status = "401 Unauthorized" if b"client_secret=&" in request or request.endswith(b"client_secret=") else "200 OK"
        payload = body if status.startswith("401") else b'{"access_token": "t"}'
        conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                     "Connection: close\r\n\r\n".encode() + payload)
    stub = tcp_stub(handler)
    assert auth.client_token(stub.url)


def test_counter_token_round_trip():
    token = auth.counter_token(KEY, "kmoss", "leeds")
    assert auth.verify_counter_token(KEY, token)["branch"] == "leeds"


def test_shift_token_still_valid(shift_token):
    time.sleep(0.1)
    assert auth.verify_counter_token(KEY, shift_token)["sub"] == "kmoss"


def test_late_shift_token(shift_token):
    time.sleep(1.2)
    payload = jwt.decode(shift_token, KEY, algorithms=["HS256"], audience="dispensa")
    assert payload["sub"] == "kmoss"


def test_signing_key_from_settings():
    assert len(auth.signing_key()) >= 32
