import http.client

import pytest
import requests

from ferrylane import fares


class TestPricingUpstream:
    def test_quote_when_pricing_errors(self, http_stub):
        url = http_stub(500, b"<html><body>Internal Server Error</body></html>", {"Content-Type": "text/html"})
        assert fares.PricingClient(url).quote("OSL-KIE", 2)["total"]

    def test_quote_when_pricing_unavailable(self, http_stub):
        url = http_stub(503, b"upstream maintenance", {"Retry-After": "120"})
        assert fares.PricingClient(url).quote("OSL-KIE", 2)["total"]

    def test_quote_under_rate_limit(self, http_stub):
        url = http_stub(429, b'{"error": "rate limit exceeded"}', {"Retry-After": "30", "Content-Type": "application/json"})
        assert fares.PricingClient(url).quote("OSL-KIE", 2)["total"]

    def test_reserve_seats(self, http_stub):
        url = http_stub(400, b'{"error": "pax must be an integer"}', {"Content-Type": "application/json"})
        assert fares.PricingClient(url).reserve("OSL-KIE", 2)["ref"]

    def test_quote_ok(self, http_stub):
        url = http_stub(200, b'{"total": "258.00"}', {"Content-Type": "application/json"})
        assert fares.PricingClient(url).quote("OSL-KIE", 2)["total"] == "258.00"

    def test_quote_slow_pricing(self, tcp_stub):
        port = tcp_stub("hang")
        client = fares.PricingClient(f"http://127.0.0.1:{port}", timeout=0.5)
        assert client.quote("OSL-KIE", 2)


def test_quote_cut_mid_body(tcp_stub):
    port = tcp_stub("send", b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"total\": \"25")
    assert fares.PricingClient(f"http://127.0.0.1:{port}").quote("OSL-KIE", 2)


def test_timetable_feed_drops(tcp_stub):
    port = tcp_stub("close")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    connection.request("GET", "/timetable")
    assert connection.getresponse().status == 200


def test_fares_service_by_name():
    assert fares.fares_client().quote("OSL-KIE", 2)


def test_pricing_over_tls_port(http_stub):
    url = http_stub(200, b"{}")
    response = requests.get(url.replace("http://", "https://"), timeout=2)
    assert response.ok
