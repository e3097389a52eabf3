import json
import time

import pytest

from conftest import http_answer
from spokewell import dispatch

pytestmark = pytest.mark.chaos

JSON = ["Content-Type: application/json"]


def test_dispatch_truck():
    assert dispatch.dispatch_truck(3, 7, 5)


def test_job_status():
    assert dispatch.job_status("job-1") in {"queued", "en route", "done"}


def test_dispatch_unavailable(tcp_stub):
    peer = tcp_stub(http_answer("503 Service Unavailable", b"dispatch is restarting"))
    dispatch.dispatch_truck(3, 7, 5, base_url=peer.url)


def test_dispatch_rate_limited(tcp_stub):
    peer = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', [*JSON, "Retry-After: 60"]))
    dispatch.dispatch_truck(3, 7, 5, base_url=peer.url)


def test_dispatch_accepts_job(tcp_stub):
    def api(conn):
        request = conn.recv(65536)
        while not request.endswith(b"}"):
            request += conn.recv(65536)
        body = json.loads(request.split(b"\r\n\r\n", 1)[1])
        if not all(isinstance(body[k], int) for k in ("from_dock", "to_dock", "bikes")):
            answer = b'{"detail": "from_dock, to_dock: expected integer"}'
            status = "422 Unprocessable Entity"
        else:
            answer, status = b'{"job_id": "job-9"}', "201 Created"
        conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(answer)}\r\nConnection: close\r\n\r\n".encode() + answer)
    peer = tcp_stub(api)
    assert dispatch.dispatch_truck(3, 7, 5, base_url=peer.url) == "job-9"


def test_dispatch_too_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(1)
    peer = tcp_stub(slow)
    dispatch.dispatch_truck(3, 7, 5, base_url=peer.url, timeout=0.3)
