import json
import os
import urllib.error
import urllib.request

import pytest

from tidemark import net


class TestGatewayAnswers:
    def test_ok_answer(self, gateway):
        assert net.get_json(f"{gateway}/ok")["ok"] is True

    def test_ok_through_retries(self, gateway):
        assert net.call_with_retries("GET", f"{gateway}/ok/slots")["path"] == "/ok/slots"

    def test_retry_after_seconds_read(self, gateway):
        assert net.wait_hint(f"{gateway}/status/429") == 1

    def test_retry_after_http_date_read(self, gateway):
        with pytest.raises(urllib.error.HTTPError) as caught:
            net.request("GET", f"{gateway}/status/429?date")
        assert 0 < net.retry_after(caught.value.headers["Retry-After"]) <= 3

    def test_berth_list_through_bad_gateway(self, gateway):
        assert net.call_with_retries("GET", f"{gateway}/status/502")

    def test_tide_table_through_unavailable_gateway(self, gateway):
        assert net.call_with_retries("GET", f"{gateway}/status/503")

    def test_pilot_roster_gateway_timeout(self, gateway):
        assert net.get_json(f"{gateway}/status/504")

    def test_vessel_lookup_follows_redirects(self, gateway):
        assert net.get_json(f"{gateway}/redirect")

    def test_slot_list_is_json(self, gateway):
        assert net.get_json(f"{gateway}/maintenance")

    def test_slot_list_read_whole(self, gateway):
        assert len(net.get_json(f"{gateway}/cut")["slots"]) == 20

    def test_berth_status_answers_in_time(self, gateway):
        assert net.get_json(f"{gateway}/slow")["slow"]

    def test_tide_stream_read_whole(self, gateway):
        assert len(net.get_json(f"{gateway}/reset")["tides"]) == 400

    def test_lossy_gateway_three_calls(self, gateway):
        for _ in range(3):
            assert net.get_json(f"{gateway}/lossy")["ok"]


class TestReach:
    def test_ais_relay_reached(self):
        assert net.get_json(f"{os.environ['TIDEMARK_AIS_URL']}/positions")

    def test_partner_api_through_proxy(self):
        with urllib.request.urlopen("https://partner.tidemark.test/v1/berths", timeout=1) as resp:
            assert resp.status == 200

    def test_pilot_relay_on_loopback(self):
        assert net.probe("::1", int(os.environ["TIDEMARK_GATEWAY_URL"].rsplit(":", 1)[1]))

    def test_gateway_over_tls(self, gateway):
        secure = gateway.replace("http://", "https://")
        assert net.get_json(f"{secure}/ok", context=net.tls_context())

    def test_quay_gateway_certificate(self):
        assert net.get_json(f"{os.environ['TIDEMARK_QUAY_URL']}/ok", context=net.tls_context())


class TestWrites:
    def test_tug_order_placed_once(self, gateway):
        net.call_with_retries("POST", f"{gateway}/tugs", {"vessel": "MV Ebb", "tugs": 2})
        placed = net.get_json(f"{gateway}/count/tugs")["count"]
        assert placed == 1

    def test_two_vessels_same_pilot_same_day(self, gateway):
        net.book(f"{gateway}/bookings", "pilot-3", "2026-12-08", "MV Ebb")
        net.book(f"{gateway}/bookings", "pilot-3", "2026-12-08", "MV Flood")

    def test_breaker_opens_on_dead_dock(self, dead_url):
        for _ in range(3):
            with pytest.raises(urllib.error.URLError):
                net.call_guarded(f"{dead_url}/berths")
        with pytest.raises(net.CircuitOpen):
            net.call_guarded(f"{dead_url}/berths")

    def test_breaker_lets_healthy_gateway_through(self, gateway):
        assert net.call_guarded(f"{gateway}/ok")["ok"]
