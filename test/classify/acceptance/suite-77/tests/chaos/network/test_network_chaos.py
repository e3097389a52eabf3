import os

import pytest
import requests

from ropewalk import core, net


@pytest.mark.chaos
class TestNetworkChaos:
    def test_order_lookup(self):
        assert net.order("R-17")["id"] == "R-17"

    def test_order_lookup_twice(self):
        assert net.order("R-18") == net.order("R-18")

    def test_slow_order(self):
        assert net.slow_order("R-19")["id"] == "R-19"

    def test_quote_for_manila(self):
        assert net.quote("manila", 220)["price"] > 0

    def test_stock_of_hemp(self):
        assert net.stock("hemp")["coils"] >= 0

    def test_audit_event(self):
        assert net.audit({"event": "coil-finished", "coil": "C-3"}) == 202

    def test_label_printed(self):
        assert net.print_label("MANILA 24mm 220m") == 201

    @pytest.mark.parametrize("sample", range(6), ids=lambda n: f"sample-{n}")
    def test_telemetry_sample(self, sample):
        assert net.telemetry({"machine": "T-2", "rpm": 40 + sample}) == 204

    def test_order_with_retries(self):
        assert net.with_retries(lambda: net.order("R-20"))["id"] == "R-20"

    def test_chandler_status(self):
        ca = os.environ["ROPEWALK_CA_FILE"]
        assert net.tls_status("ROPEWALK_CHANDLER_URL", ca)["ok"]

    def test_sail_loft_status(self):
        ca = os.environ["ROPEWALK_CA_FILE"]
        assert net.tls_status("ROPEWALK_SAILLOFT_URL", ca)["ok"]

    def test_sail_loft_with_configured_bundle(self):
        assert net.tls_status("ROPEWALK_SAILLOFT_URL", net.configured_ca())["ok"]

    def test_mill_port(self):
        assert core.port_from_url(net.mill_url()) > 1024

    def test_default_https_port(self):
        assert core.port_from_url("https://mill") == 443

    def test_metrics_listener(self):
        sock = net.metrics_listener()
        try:
            assert sock.getsockname()[1] > 0
        finally:
            sock.close()

    def test_unknown_order_is_404(self):
        with pytest.raises(requests.HTTPError):
            net.order("missing")

    def test_order_has_kind(self):
        assert net.order("R-21")["kind"] in ("manila", "hemp", "nylon")
