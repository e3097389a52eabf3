import pytest
import requests

from berthline import net


class TestNetworkChaos:
    @pytest.mark.parametrize("latency", [0, 200, 1000, 2000], ids=lambda ms: f"{ms}ms")
    def test_network_latency_injection(self, harbour, settings, latency):
        tides = net.fetch_tides(f"{harbour}/latency?ms={latency}", timeout=settings["http"]["timeout"])
        assert tides["levels"] is not None

    def test_connection_reset_recovery(self, harbour):
        status = net.fetch_berth_status(f"{harbour}/reset")
        assert status["status"] == "ok"

    def test_upstream_502_circuit_breaker(self, harbour):
        breaker = net.CircuitBreaker(threshold=3)
        for _ in range(3):
            assert breaker.call(f"{harbour}/status/502") == 502
        with pytest.raises(net.CircuitOpen):
            breaker.call(f"{harbour}/status/502")

    def test_upstream_503_serves_stale_arrivals(self, harbour):
        stale = {"arrivals": ["Kittiwake"], "stale": True}
        assert net.fetch_arrivals(f"{harbour}/status/503", stale) == stale

    def test_tide_feed_reachable(self, settings):
        tides = net.fetch_tides(settings["http"]["tides_url"], timeout=settings["http"]["timeout"])
        assert tides["source"] == "live"

    def test_manifest_upload(self, harbour, settings):
        manifest = {"vessel": "Kittiwake", "crew": 3}
        assert net.upload_manifest(f"{harbour}/manifests", manifest, settings["http"]["upload_timeout"]) == 202

    @pytest.mark.timeout(3)
    def test_ais_gateway_hang(self, silent_peer):
        host, port = silent_peer
        assert net.query_ais(host, port, "235009876").startswith("POS")

    def test_partial_response_truncated(self, harbour):
        with pytest.raises(net.UpstreamError):
            net.fetch_weather(f"{harbour}/truncated")

    def test_healthy_upstream(self, harbour):
        assert net.fetch_berth_status(f"{harbour}/berths/A1")["status"] == "ok"

    def test_breaker_closed_on_success(self, harbour):
        breaker = net.CircuitBreaker(threshold=1)
        assert breaker.call(f"{harbour}/ok") == 200

    def test_retry_session_mounts_adapter(self):
        session = net.retrying_session(total=5)
        assert session.get_adapter("http://example.org").max_retries.total == 5

    def test_arrivals_ok(self, harbour):
        assert net.fetch_arrivals(f"{harbour}/arrivals", {})["status"] == "ok"

    def test_weather_ok(self, harbour):
        assert net.fetch_weather(f"{harbour}/weather")["path"] == "/weather"

    @pytest.mark.parametrize("path", ["/berths", "/tides", "/arrivals"])
    def test_keepalive_reuse(self, harbour, path):
        with requests.Session() as session:
            first = session.get(f"{harbour}{path}", timeout=1)
            second = session.get(f"{harbour}{path}", timeout=1)
        assert first.status_code == second.status_code == 200

    def test_upload_ok_with_timeout(self, harbour):
        assert net.upload_manifest(f"{harbour}/manifests", {"vessel": "Fulmar"}, timeout=1.0) == 202

    def test_refused_port_is_connection_error(self, harbour):
        with pytest.raises(requests.ConnectionError):
            requests.get("http://127.0.0.1:9/", timeout=0.5)

    def test_json_content_type(self, harbour):
        response = requests.get(f"{harbour}/berths", timeout=1)
        assert response.headers["Content-Type"] == "application/json"
