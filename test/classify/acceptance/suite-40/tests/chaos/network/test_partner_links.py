import json
import time

import pytest

from pawstay import partners
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_vet_record_service_down():
    assert partners.vet_record("rex", closed_port_url())["dog"] == "rex"


def test_vet_record_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><h1>502 Bad Gateway</h1></html>"))
    assert partners.vet_record("rex", stub.url)["dog"] == "rex"


def test_vet_record_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(2)
    stub = tcp_stub(slow)
    assert partners.vet_record("rex", stub.url)["dog"] == "rex"


@pytest.mark.flaky(reruns=2)
def test_vet_record_reset(tcp_stub):
    def reset(conn):
        import socket
        import struct
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    stub = tcp_stub(reset)
    assert partners.vet_record("rex", stub.url)["dog"] == "rex"


def test_vaccinations_listed(tcp_stub):
    body = json.dumps({"dog": "rex", "shots": [{"name": "rabies"}]}).encode()
    stub = tcp_stub(http_answer("200 OK", body, ("Content-Type: application/json",)))
    assert partners.vaccinations("rex", stub.url)


def test_pickup_notice_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate_limited"}', ("Retry-After: 60",)))
    assert partners.send_pickup_notice("+441632960001", stub.url)


def test_pickup_notice_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b'{"error": "upstream carrier down"}'))
    assert partners.send_pickup_notice("+441632960001", stub.url)


def test_sms_status_maintenance(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b"<html><body>Down for maintenance</body></html>", ("Content-Type: text/html",)))
    assert partners.sms_status("m-1", stub.url) == "delivered"


def test_sms_status_field(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"state": "delivered"}', ("Content-Type: application/json",)))
    assert partners.sms_status("m-1", stub.url) == "delivered"


def test_kennel_controller_resolves():
    assert partners.kennel_controller_address()


def test_outbound_proxy():
    assert partners.via_proxy("http://vets.example.org/health") == 200


def test_secure_vet_record(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"dog": "rex"}'))
    assert partners.secure_vet_record("rex", f"https://127.0.0.1:{stub.port}")["dog"] == "rex"
