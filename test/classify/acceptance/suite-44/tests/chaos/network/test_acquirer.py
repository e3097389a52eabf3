import pytest

from baywarden import payments, settings
from tests.conftest import CERTS, http_answer

pytestmark = pytest.mark.chaos


def test_capture_acquirer_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream connect error"))
    assert payments.capture("T-1", 1850, stub.url)


def test_capture_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 30",)))
    assert payments.capture("T-2", 650, stub.url)


def test_refund_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>502 Bad Gateway</html>"))
    assert payments.refund("C-1", stub.url)


def test_refund_over_tls(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"refund": "F-1"}', ("Content-Type: application/json",)), tls=True)
    assert payments.refund("C-2", stub.url) == "F-1"


def test_refund_pinned_certificate(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"refund": "F-2"}', ("Content-Type: application/json",)), tls=True)
    assert payments.refund("C-3", stub.url, verify=str(CERTS / "acquirer.pem")) == "F-2"


def test_refund_through_egress_proxy(tcp_stub, monkeypatch):
    proxy = tcp_stub(http_answer("407 Proxy Authentication Required", b"",
                                 ('Proxy-Authenticate: Basic realm="egress"',)))
    monkeypatch.setattr(settings, "ACQUIRER_PROXY", proxy.url)
    assert payments.refund("C-4", "http://acquirer.baywarden.test") == "F-4"


def test_settlement_dropped(tcp_stub):
    stub = tcp_stub(lambda conn: conn.recv(65536))
    assert payments.settlement("2026-12-05", stub.url)


def test_settlement_listed(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"total": 125000}', ("Content-Type: application/json",)))
    assert payments.settlement("2026-12-05", stub.url) == {"total": 125000}
