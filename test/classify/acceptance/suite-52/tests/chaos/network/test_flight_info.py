import json

import pytest
import requests

from bagdrop import flights
from tests.conftest import http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos

ARRIVAL = json.dumps({"flight": "SK1471", "stand": "B12", "scheduled": 600, "estimated": 615}).encode()


@pytest.mark.parametrize("flight", ["SK1471", "DY604", "WF118", "KL1144"])
def test_arrival_from_stub(tcp_stub, flight):
    stub = tcp_stub(http_answer("200 OK", ARRIVAL, ["Content-Type: application/json"]))
    assert flights.arrival(flight, stub.url)["stand"] == "B12"


def test_delay_minutes(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", ARRIVAL, ["Content-Type: application/json"]))
    assert flights.delay_minutes("SK1471", stub.url) == 15


def test_delay_of_diverted_flight(tcp_stub):
    body = json.dumps({"flight": "DY604", "stand": None, "scheduled": 700, "diverted": "BGO"}).encode()
    stub = tcp_stub(http_answer("200 OK", body, ["Content-Type: application/json"]))
    assert flights.delay_minutes("DY604", stub.url) is None


def test_arrival_while_flight_info_down(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream AODB unavailable"))
    assert flights.arrival("SK1471", stub.url)["stand"]


@pytest.mark.flaky(reruns=1)
def test_arrival_slow_flight_info(tcp_stub):
    stub = tcp_stub(stall(2))
    assert flights.arrival("SK1471", stub.url)["stand"]


@pytest.mark.flaky(reruns=1)
def test_arrival_connection_reset(tcp_stub):
    stub = tcp_stub(reset_after_request)
    assert flights.arrival("SK1471", stub.url)["stand"]


@pytest.mark.parametrize("flight", ["SK1471", "DY604", "WF118"])
def test_arrival_from_configured_service(flight):
    assert flights.arrival(flight)["flight"] == flight


@pytest.mark.parametrize("scanner", ["XR-1", "XR-2"])
def test_scanner_status(scanner):
    assert flights.scanner_status(scanner)["state"] == "ready"


def test_arrival_not_found_raises(tcp_stub):
    stub = tcp_stub(http_answer("404 Not Found", b"{}"))
    with pytest.raises(requests.HTTPError):
        flights.arrival("XX0000", stub.url)
