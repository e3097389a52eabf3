import time

import jwt
import pytest
import requests

from rinseway import identity
from tests.conftest import http_answer


def test_till_gets_client_token():
    assert identity.client_token("till-ldn-01", "s3cret")



def test_client_token_refused_credentials(tcp_stub):
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid_client"}', ["Content-Type: application/json"]))
    assert identity.client_token("till-ldn-01", "s3cret", url=stub.url)


def test_refund_scope(tcp_stub):
    stub = tcp_stub(http_answer("403 Forbidden", b'{"error": "insufficient_scope", "scope": "refunds"}', ["Content-Type: application/json"]))
    assert identity.client_token("till-ldn-02", "s3cret", url=stub.url)


def test_identity_in_maintenance(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"maintenance"))
    assert identity.client_token("till-ldn-01", "s3cret", url=stub.url)


def test_identity_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(1.5)
    stub = tcp_stub(slow)
    assert identity.client_token("till-ldn-01", "s3cret", url=stub.url, timeout=0.5)


def test_session_token_round_trip():
    token = identity.issue("staff-17", "LDN-01")
    assert identity.verify(token)["sub"] == "staff-17"


@pytest.fixture(scope="module")
def night_token():
    return identity.issue("staff-3", "LDN-02", ttl=1)


def test_night_shift_token_valid(night_token):
    time.sleep(1.1)
    assert identity.verify(night_token, audience="rinseway-app")["shop"] == "LDN-02"


def test_night_shift_token_still_valid(night_token):
    assert identity.verify(night_token, audience="rinseway-app")["sub"] == "staff-3"


def test_signing_key_loaded():
    assert identity.signing_key().startswith(b"-----BEGIN")


def test_refund_roles():
    assert identity.can_refund("Manager")
