import json
import threading

import pytest
from hamcrest import assert_that, contains_exactly

from cragloft import identity
from tests.conftest import http_answer

pytestmark = pytest.mark.chaos

TOKEN_BODY = {
    "token": {
        "methods": ["password"],
        "expires_at": "2099-01-01T00:00:00.000000Z",
        "issued_at": "2026-01-01T00:00:00.000000Z",
        "user": {"id": "u1", "name": "cragloft-desk", "domain": {"id": "default", "name": "Default"}},
        "project": {"id": "p1", "name": "cragloft", "domain": {"id": "default", "name": "Default"}},
        "roles": [{"id": "r1", "name": "staff"}, {"id": "r2", "name": "head-setter"}],
        "catalog": [
            {"type": "booking", "name": "bookings", "id": "s1",
             "endpoints": [{"id": "e1", "interface": "public", "region": "eu", "url": "http://127.0.0.1:9/bookings"}]},
        ],
    }
}


def keystone(status=201, body=TOKEN_BODY):
    data = json.dumps(body).encode()
    return http_answer(f"{status} X", data, headers=("X-Subject-Token: tok-1", "Content-Type: application/json"))


def test_desk_token():
    assert identity.desk_token(password="pw")


def test_staff_roles():
    assert "staff" in identity.roles(password="pw")


def test_setter_may_edit_board():
    assert identity.can_set_routes(password="pw")


def test_front_desk_sign_in():
    assert identity.desk_token()


def test_desk_password_from_settings(tcp_stub):
    refused = {"error": {"code": 401, "message": "The request you have made requires authentication.",
                         "title": "Unauthorized"}}
    stub = tcp_stub(keystone(401, refused))
    assert identity.desk_token(url=stub.url + "/v3")


def test_identity_in_maintenance(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"<html><h1>503 Service Unavailable</h1></html>"))
    assert identity.desk_token(url=stub.url + "/v3", password="pw")


def test_identity_stalls(tcp_stub):
    def stall(conn):
        conn.recv(65536)
        threading.Event().wait(5)

    stub = tcp_stub(stall)
    assert identity.desk_token(url=stub.url + "/v3", password="pw")


def test_head_setter_may_edit_board(tcp_stub):
    stub = tcp_stub(keystone())
    assert identity.can_set_routes(url=stub.url + "/v3", password="pw")


def test_roles_listed_in_order(tcp_stub):
    stub = tcp_stub(keystone())
    assert_that(identity.roles(url=stub.url + "/v3", password="pw"), contains_exactly("head-setter", "staff"))


def test_booking_slots_through_catalog(tcp_stub):
    stub = tcp_stub(keystone())
    assert identity.booking_slots(url=stub.url + "/v3", password="pw") == []
