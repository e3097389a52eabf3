import socket
import threading

import pytest

from tollgate import partners, settings


@pytest.fixture
def callback_server():
    """Receives the partners' callbacks during a test."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 8765))
    listener.listen(4)
    received = []

    def serve():
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        received.append(conn.recv(4096))
        conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield received
    listener.close()


class TestPartners:
    def test_webhook_signature(self):
        assert len(partners.webhook_signature("s3cret", b"{}")) == 64

    def test_sandbox_rates(self, partner_sandbox):
        assert partners.sandbox_rates(partner_sandbox.rstrip("/"))["GBP"] == 0.86

    def test_notify_partner(self):
        assert partners.notify_partner({"kind": "exit", "plate": "AB-123"}) == 202

    def test_latest_rates(self):
        assert "EUR" in partners.latest_rates()

    def test_send_receipt(self):
        partners.send_receipt("anna@example.test", "4.55 EUR")

    def test_statement_over_tls(self, tls_sandbox):
        host, port = tls_sandbox
        assert partners.fetch_statement(host, port, "/statements/2026-11") == b"{}"

    def test_sandbox_rates_from_settings(self, partner_sandbox):
        assert partners.sandbox_rates(settings.SANDBOX_URL)["EUR"] == 1.0

    def test_rates_within_deadline(self, silent_server):
        host, port = silent_server
        assert partners.rates_with_deadline(f"http://{host}:{port}", 0.5)

    def test_refund(self, partner_sandbox):
        assert partners.refund(partner_sandbox, "pay-1", 450)["status"] == "accepted"

    def test_partner_callback(self, partner_sandbox, callback_server):
        partners.refund(partner_sandbox.rstrip("/"), "pay-2", 100)
        assert callback_server == []
