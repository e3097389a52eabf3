import time

import pytest

from conftest import http_answer
from spokewell import auth

pytestmark = pytest.mark.chaos

JSON = ["Content-Type: application/json"]


def test_fleet_token_issued():
    assert auth.fetch_token()["access_token"]


def test_fleet_token_has_write_scope():
    assert auth.has_scope(auth.fetch_token(), "rides:write")


def test_idp_rejects_client(tcp_stub):
    idp = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid_client", "error_description": "client authentication failed"}', JSON))
    auth.fetch_token(f"{idp.url}/oauth/token")


def test_idp_grants_requested_scope(tcp_stub):
    body = b'{"access_token": "t0k", "token_type": "Bearer", "expires_in": 3600, "scope": "rides:read"}'
    idp = tcp_stub(http_answer("200 OK", body, JSON))
    token = auth.fetch_token(f"{idp.url}/oauth/token", scope=("rides:write",))
    assert auth.has_scope(token, "rides:write")


def test_idp_maintenance_page(tcp_stub):
    page = b"<html><body><h1>Scheduled maintenance</h1>We'll be back at 04:00.</body></html>"
    idp = tcp_stub(http_answer("200 OK", page, ["Content-Type: text/html"]))
    auth.fetch_token(f"{idp.url}/oauth/token")


def test_idp_too_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(1.5)
    idp = tcp_stub(slow)
    auth.fetch_token(f"{idp.url}/oauth/token", timeout=0.5)


def test_partner_operator_token():
    assert auth.partner_token()["token_type"] == "Bearer"


def test_secret_from_keyring():
    assert auth.stored_secret()


def test_expired_token_is_refreshed(tcp_stub):
    api = tcp_stub(http_answer("200 OK", b"[]", JSON))
    token = {"access_token": "old", "token_type": "Bearer", "expires_in": -30, "refresh_token": "r1"}
    assert auth.list_rides(token, base_url=api.url) == []


def test_scope_check_is_exact():
    token = {"scope": ["rides:readonly", "docks:read"]}
    assert auth.has_scope(token, "rides:read") is False


def test_scope_present():
    assert auth.has_scope({"scope": ["rides:write"]}, "rides:write")
