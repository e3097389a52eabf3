import json
import time

import pytest

from deskhive import doors
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_unlock_controller_down():
    assert doors.unlock("front", closed_port_url())["open"]


def test_unlock_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    assert doors.unlock("front", stub.url)["open"]


def test_unlock_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert doors.unlock("bike-store", stub.url, timeout=0.4)["open"]


@pytest.mark.flaky(reruns=2)
def test_unlock_controller_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
    stub = tcp_stub(hang_up)
    assert doors.unlock("roof", stub.url)["open"]


def test_print_quota_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate_limited"}', ("Retry-After: 30",)))
    assert doors.print_quota("m-9", stub.url) >= 0


def test_print_quota_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"print server restarting"))
    assert doors.print_quota("m-9", stub.url) >= 0


def test_badge_printer():
    assert doors.badge_printer_status()["ready"]


def test_unlock_answer(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", json.dumps({"opened": True}).encode(), ("Content-Type: application/json",)))
    assert doors.unlock("front", stub.url)["open"]
