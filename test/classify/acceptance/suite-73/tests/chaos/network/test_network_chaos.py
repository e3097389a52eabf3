import time

import pytest
import requests

from parcelwick import carriers, client
from parcelwick.carriers import Tracking


class TestNetwork:
    def test_rate_quote(self, carrier):
        assert carrier.rate(2, 3) == 11.1

    def test_rate_quote_heavy(self, carrier):
        assert carrier.rate(20, 1) == 26.5

    @pytest.mark.parametrize("zone", [1, 2, 4])
    def test_rate_by_zone(self, carrier, zone):
        assert carrier.rate(1, zone) == round(4.5 + 1.1 * zone, 2)

    def test_tracking_status(self):
        assert Tracking().status("PW0101", version="v2") == "in transit"

    def test_rate_under_slow_carrier(self, carrier):
        assert carrier.get("/v1/slow")["rate"] == 7.1

    def test_quote_within_budget(self, carrier):
        started = time.perf_counter()
        carrier.get("/v1/quick")
        assert time.perf_counter() - started < 0.25

    def test_rates_after_reset(self, carrier):
        assert carrier.get("/v1/reset")["rate"] > 0

    def test_rate_table_download(self, carrier):
        assert len(carrier.get("/v1/cut")["rates"]) == 4

    def test_sorting_plan_stream(self, carrier):
        assert "PW1" in carrier.get("/v1/chunked")["parcels"]

    def test_rate_limited_quote(self, carrier):
        assert carrier.with_retry("/v1/limited")["rate"] > 0

    def test_bulk_quote_waits_for_quota(self, carrier):
        assert carrier.with_retry("/v1/bulk")["rate"] > 0

    def test_retries_back_off(self, carrier):
        key = f"backoff-{time.time_ns()}"
        assert carrier.with_retry("/v1/busy", key=key)["rate"] == 5.2
        seen = carrier.sess.get(f"{carrier.conf['carrier_url']}/stats/busy", params={"key": key}).json()
        gaps = [round(b - a, 4) for a, b in zip(seen, seen[1:])]
        assert min(gaps) >= 0.15, gaps

    def test_rating_engine_down(self, conf):
        sess = client.session(retries=3, statuses=(503,))
        assert client.get_json(sess, f"{conf['carrier_url']}/v1/down", timeout=1)["rate"] > 0

    def test_rate_lookup_error(self, carrier):
        assert carrier.get("/v1/error")["rate"] > 0

    def test_carrier_gateway(self, carrier):
        assert carrier.get("/v1/gateway")["rate"] > 0

    def test_carrier_in_maintenance(self, carrier):
        assert carrier.get("/v1/maintenance")["rate"] > 0

    def test_next_day_quote(self, carrier):
        assert carrier.get("/v1/broken")["service"] == "next-day"

    def test_book_label(self, carrier):
        TestNetwork.label_id = carrier.book_label({"recipient": "R. Okafor", "postcode": "LS6 2QT", "weight_kg": 1.2})
        assert TestNetwork.label_id.startswith("L")

    def test_label_tracked(self):
        assert Tracking().status(TestNetwork.label_id, version="v2") == "in transit"

    def test_legacy_tracking_link(self):
        assert Tracking().status("PWL0042", version="v2") == "in transit"

    def test_locker_opens(self):
        assert carriers.locker_open("leeds-1", 14)["open"] is True

    def test_address_geocoded(self):
        assert carriers.geocode("12 Kirkstall Road, Leeds")["lat"]

    def test_health_check(self):
        assert requests.get("http://127.0.0.1:8089/health", timeout=1).ok

    def test_tracking_poll(self):
        assert set(Tracking().poll("PWF0007", times=6)) == {"in transit"}
