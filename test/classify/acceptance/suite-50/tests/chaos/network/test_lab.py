import threading

import pytest

from combwright import lab
from tests.conftest import http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos

TICKET = (b'{"ticket": "LAB-7"}', ["Content-Type: application/json"])


def test_sample_submitted(tcp_stub):
    stub = tcp_stub(http_answer("201 Created", *TICKET))
    assert lab.submit_sample("B-1", base=stub.url) == "LAB-7"


def test_sample_lab_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"lab offline"))
    assert lab.submit_sample("B-2", base=stub.url) == "LAB-7"


@pytest.mark.flaky(reruns=2)
def test_pollen_profile_overloaded_lab(tcp_stub):
    stub = tcp_stub(stall(2))
    assert lab.pollen_profile("B-4", base=stub.url)["lime"] > 0


def test_sample_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b"slow down", ["Retry-After: 30"]))
    assert lab.submit_sample("B-5", base=stub.url) == "LAB-7"


def test_sample_lab_key_refused(tcp_stub):
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "unknown lab key"}', ["Content-Type: application/json"]))
    assert lab.submit_sample("B-6", base=stub.url) == "LAB-7"


def test_pollen_profile_maintenance(tcp_stub):
    page = b"<html><body><h1>Down for maintenance</h1></body></html>"
    stub = tcp_stub(http_answer("200 OK", page, ["Content-Type: text/html"]))
    assert lab.pollen_profile("B-7", base=stub.url)["clover"] >= 0


def test_sample_fields(tcp_stub):
    def handler(conn):
        request = b""
        while b"}" not in request:
            request += conn.recv(65536)
        status, body = "201 Created", TICKET[0]
        if b'"sample_id"' not in request:
            status, body = "400 Bad Request", b'{"error": "unknown field sampleId; expected sample_id"}'
        conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                     "Connection: close\r\n\r\n".encode() + body)

    stub = tcp_stub(handler)
    assert lab.submit_sample("B-8", base=stub.url) == "LAB-7"


RESETS = []
RESET_LOCK = threading.Lock()


@pytest.mark.flaky(reruns=2)
def test_pollen_profile_after_reset(tcp_stub):
    def handler(conn):
        with RESET_LOCK:
            RESETS.append(1)
            first = len(RESETS) == 1
        if first:
            reset_after_request(conn)
        else:
            http_answer("200 OK", b'{"heather": 61}', ["Content-Type: application/json"])(conn)

    stub = tcp_stub(handler)
    assert lab.pollen_profile("B-9", base=stub.url)["heather"] == 61


def test_sample_over_tls(tcp_stub):
    stub = tcp_stub(http_answer("201 Created", *TICKET), tls=True)
    assert lab.submit_sample("B-10", base=stub.url) == "LAB-7"
