import json
import socket
import time

import pytest
from tenacity import RetryError

from chairside import claims, imaging, reminders, settings
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos

CLAIM = {"patient": 1, "insurer": "VHI", "lines": [{"code": "D2391", "tooth": 36, "fee": "180.00"}]}
ACCEPTED = json.dumps({"id": "CL-77", "status": "accepted"}).encode()


def test_claims_house_down():
    assert claims.submit(CLAIM, base=closed_port_url())


def test_claims_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><body><h1>502 Bad Gateway</h1></body></html>"))
    assert claims.submit(CLAIM, base=stub.url)


def test_claims_unavailable_through_retries(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"clearing house overloaded"))
    assert claims.submit_with_retries(CLAIM, base=stub.url)


def test_claims_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(1.5)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(ACCEPTED), ACCEPTED))
    stub = tcp_stub(slow)
    assert claims.submit(CLAIM, base=stub.url, timeout=0.4)


def test_claims_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limit exceeded"}', ["Retry-After: 60"]))
    assert claims.status("CL-77", base=stub.url)


def test_claims_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
    stub = tcp_stub(hang_up)
    assert claims.status("CL-77", base=stub.url)


def test_lab_host_resolves():
    socket.getaddrinfo(settings.LAB_HOST, 443)


def test_imaging_server_down(monkeypatch):
    monkeypatch.setattr(settings, "IMAGING_URL", closed_port_url())
    assert imaging.study("ST-9")["modality"] == "IO"


def test_imaging_maintenance(tcp_stub):
    page = b"<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body>Back at 06:00</body></html>"
    stub = tcp_stub(http_answer("200 OK", page, ["Content-Type: text/html"]))
    assert imaging.study("ST-10", base=stub.url)


@pytest.mark.flaky(reruns=2)
def test_sms_gateway_resets(tcp_stub):
    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    stub = tcp_stub(reset)
    assert reminders.send_sms("+353 1 555 0101", "Reminder: 09:30 tomorrow", base=stub.url)


def test_mail_relay_down():
    reminders.send_mail("ada@example.org", "Your appointment", "See you at 09:30.")


@pytest.mark.parametrize("study_id", ["ST-1", "ST-2", "ST-3"])
def test_study_json(tcp_stub, study_id):
    stub = tcp_stub(http_answer("200 OK", json.dumps({"id": study_id, "modality": "IO"}).encode(), ["Content-Type: application/json"]))
    assert imaging.study(study_id, base=stub.url)["id"] == study_id
