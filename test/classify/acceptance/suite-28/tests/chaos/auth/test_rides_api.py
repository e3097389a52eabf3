import pytest

from conftest import http_answer
from spokewell import auth

pytestmark = pytest.mark.chaos


def test_list_rides(fleet_token, tcp_stub):
    api = tcp_stub(http_answer("200 OK", b"[]", ["Content-Type: application/json"]))
    assert auth.list_rides(fleet_token, base_url=api.url) == []


def test_token_is_bearer(fleet_token):
    assert fleet_token["token_type"].lower() == "bearer"


def test_token_lifetime(fleet_token):
    assert fleet_token["expires_in"] > 60


def test_ride_history(fleet_tokn):
    assert fleet_tokn["access_token"]
