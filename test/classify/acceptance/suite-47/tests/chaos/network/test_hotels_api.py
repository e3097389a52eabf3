import json

import pytest

from rinsewell import routes
from tests.conftest import http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos


def test_rooms_for_grand_leeds():
    assert routes.hotel_rooms("grand-leeds")


def test_route_plan_for_north():
    assert routes.plan(["grand-leeds", "quay-hull"])


def test_dock_status():
    assert routes.dock_status()


def test_van_gateway_reachable():
    routes.van_gateway().close()


@pytest.mark.flaky(reruns=2)
def test_route_plan_slow(tcp_stub):
    stub = tcp_stub(stall(2))
    assert routes.plan(["a", "b"], base=stub.url)


def test_rooms_when_hotels_down(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"maintenance"))
    assert routes.hotel_rooms("grand-leeds", base=stub.url)


def test_collection_window_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b"slow down", ("Retry-After: 1",)))
    assert routes.collection_window("grand-leeds", base=stub.url)


def test_rooms_connection_reset(tcp_stub):
    stub = tcp_stub(reset_after_request)
    assert routes.hotel_rooms("quay-hull", base=stub.url)


_first = {"seen": False}


@pytest.mark.flaky(reruns=2)
def test_rooms_after_hotel_restart(tcp_stub):
    if not _first["seen"]:
        _first["seen"] = True
        stub = tcp_stub(reset_after_request)
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"rooms": 120}', ("Content-Type: application/json",)))
    assert routes.hotel_rooms("quay-hull", base=stub.url) == {"rooms": 120}


def test_drop_count(tcp_stub):
    body = json.dumps({"hotel": "grand-leeds", "drop_count": 3}).encode()
    stub = tcp_stub(http_answer("200 OK", body, ("Content-Type: application/json",)))
    assert routes.drop_count("grand-leeds", stub.url) == 3
