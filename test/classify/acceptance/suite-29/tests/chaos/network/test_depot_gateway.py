"""Plans pushed to the depot gateway."""
import json
import socket
import struct
import time

import pytest

from conftest import http_answer
from gritline import gateway

pytestmark = pytest.mark.chaos

PLAN = {"route": "A61-north", "gritter": "G-7", "rate_g_m2": 20}


def test_push_plan():
    assert gateway.push_plan(PLAN)["accepted"] is True


def test_dispatch_gritter():
    assert gateway.dispatch("G-7", "north")["accepted"] is True


@pytest.mark.flaky(reruns=2)
def test_push_plan_gateway_resets(tcp_stub):
    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    stub = tcp_stub(reset)
    assert gateway.push_plan(PLAN, base=stub.url)["accepted"] is True


def test_push_plan_gateway_slow(tcp_stub):
    stub = tcp_stub(lambda conn: (conn.recv(65536), time.sleep(2)))
    assert gateway.push_plan(PLAN, base=stub.url, timeout=0.5)["accepted"] is True


def test_push_plan_gateway_restarting(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"gateway restarting"))
    assert gateway.push_plan(PLAN, base=stub.url)["accepted"] is True


def test_depot_levels(tcp_stub):
    body = json.dumps({"depots": [{"name": "north", "tonnes": 140}, {"name": "south", "tonnes": 55}]}).encode()
    stub = tcp_stub(http_answer("200 OK", body, ["Content-Type: application/json"]))
    assert gateway.depot_levels(base=stub.url) == {"north": 140, "south": 55}


def test_accepted_plan(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"accepted": true}', ["Content-Type: application/json"]))
    assert gateway.push_plan(PLAN, base=stub.url)["accepted"] is True


def test_dispatch_gateway_slow(tcp_stub):
    stub = tcp_stub(lambda conn: (conn.recv(65536), time.sleep(3)))
    assert gateway.dispatch("G-9", "south", base=stub.url)["accepted"] is True


def test_push_plan_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "slow down"}', ["Retry-After: 30"]))
    assert gateway.push_plan(PLAN, base=stub.url)["accepted"] is True
