import json

import httpx
import pytest
import requests

from rinsewell import auth
from tests.conftest import http_answer, stall

pytestmark = pytest.mark.chaos


def test_signin_day_driver(provider):
    assert auth.sign_in("amir", "pw") == "tok"


def test_signin_night_driver(provider):
    assert auth.sign_in("beth", "pw") == "tok"


def test_signin_relief_driver(provider):
    assert auth.sign_in("cara", "pw") == "tok"


def test_signin_depot_manager(provider):
    assert auth.sign_in("dev", "pw") == "tok"


def test_signin_route_planner(provider):
    assert auth.sign_in("eli", "pw") == "tok"


def test_refresh_after_shift(provider):
    assert auth.refresh("refresh-amir") == "tok"


@pytest.mark.flaky(reruns=2)
def test_signin_provider_slow(tcp_stub):
    stub = tcp_stub(stall(2))
    assert auth.sign_in("amir", "pw", base=stub.url, timeout=0.5)


_busy = {"calls": 0}


@pytest.mark.flaky(reruns=2)
def test_signin_provider_busy(tcp_stub):
    _busy["calls"] += 1
    if _busy["calls"] == 1:
        stub = tcp_stub(http_answer("503 Service Unavailable", b"busy"))
    else:
        stub = tcp_stub(http_answer("200 OK", json.dumps({"access_token": "tok"}).encode()))
    assert auth.sign_in("amir", "pw", base=stub.url) == "tok"


def test_signin_provider_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream unavailable"))
    assert auth.sign_in("amir", "pw", base=stub.url)


def test_signin_rejected_client(tcp_stub):
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid_client"}'))
    assert auth.sign_in("amir", "pw", base=stub.url)
