import time

import jwt
import pytest

from hedgerow import identity, settings
from tests.conftest import http_answer, slow_answer

pytestmark = pytest.mark.chaos


def test_fetch_service_token():
    token = identity.fetch_token()
    assert token


def test_fetch_token_for_ledger_sync():
    assert identity.fetch_token(timeout=2.0).count(".") == 2


def test_refresh_member_token():
    assert identity.refresh(settings.IDP_URL, "rt-1")


def test_client_credentials_accepted(tcp_stub):
    body = b'{"error": "invalid_client", "error_description": "client authentication failed"}'
    stub = tcp_stub(http_answer("401 Unauthorized", body, ["Content-Type: application/json"]))
    assert identity.fetch_token(stub.url)


def test_token_endpoint_in_maintenance(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"maintenance"))
    assert identity.fetch_token(stub.url)


def test_token_endpoint_slow(tcp_stub):
    stub = tcp_stub(slow_answer(3.0, body=b'{"access_token": "a.b.c"}'))
    assert identity.fetch_token(stub.url, timeout=0.5)


def test_session_round_trip():
    token = identity.issue_session(7, ["member"])
    claims = identity.read_session(token)
    assert claims["sub"] == "7"


def test_password_check():
    hashed = identity.hash_password("runner-beans")
    assert identity.check_password("runner-beans", hashed)


def test_signing_key_loaded():
    assert identity.signing_key().startswith(b"-----BEGIN")


def test_committee_can_allocate():
    claims = {"roles": ["committee"]}
    assert identity.can_allocate(claims)


@pytest.fixture(scope="module")
def member_token():
    return identity.issue_session(12, ["member"], lifetime=1)


def test_member_token_fresh(member_token):
    assert identity.read_session_lenient(member_token)["sub"] == "12"


def test_member_token_still_valid(member_token):
    time.sleep(1.5)
    assert identity.read_session_lenient(member_token)["sub"] == "12"
