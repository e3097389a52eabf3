import socket

import pytest

from rindhall import network, settings
from tests.conftest import LOADS


class TestNetwork:
    def test_cave_ca_trusted_peer(self):
        status, body = network.fetch("localhost", settings.port("GOOD"))
        assert status == 200

    def test_grading_feed(self):
        status, _ = network.grading_feed()
        assert status == 200

    def test_grading_feed_body(self):
        _, body = network.grading_feed()
        assert b"s_server" in body

    def test_old_grading_mirror(self):
        status, _ = network.fetch("localhost", settings.port("EXPIRED"))
        assert status == 200

    def test_dairy_board_prices(self):
        status, _ = network.fetch("localhost", settings.port("BOARD"))
        assert status == 200

    def test_monger_portal(self):
        status, _ = network.fetch("localhost", settings.port("PORTAL"))
        assert status == 200

    def test_monger_portal_with_client_certificate(self):
        ctx = network.context(cert=str(settings.CERTS / "monger-client.pem"),
                              key=str(settings.CERTS / "monger-client.key"))
        status, _ = network.fetch("localhost", settings.port("PORTAL"), ctx=ctx)
        assert status == 200

    def test_weighbridge_reading(self):
        status, _ = network.weighbridge()
        assert status == 200

    def test_webhook_listener(self):
        sock = network.listen_for_webhooks()
        try:
            assert sock.getsockname()[1] == settings.port("WEBHOOK")
        finally:
            sock.close()

    def test_listener_on_free_port(self):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.close()

    def test_retry_delays(self):
        assert network.retry_delays(4) == [0.5, 1.0, 2.0]

    def test_single_attempt_no_delay(self):
        assert network.retry_delays(1) == []

    def test_context_verifies(self):
        assert network.context().verify_mode.name == "CERT_REQUIRED"

    def test_context_checks_host(self):
        assert network.context().check_hostname

    @LOADS
    def test_feed_polls_under_load(self, users):
        statuses = {network.fetch("localhost", settings.port("GOOD"))[0] for _ in range(users // 100)}
        assert statuses == {200}

    @LOADS
    def test_delays_under_load(self, users):
        assert len(network.retry_delays(users)) == users - 1

    def test_grading_feed_twice(self):
        assert network.grading_feed()[0] == network.grading_feed()[0]

    def test_plain_socket_to_peer(self):
        with socket.create_connection(("localhost", settings.port("GOOD")), timeout=5) as sock:
            assert sock.getpeername()[1] == settings.port("GOOD")
