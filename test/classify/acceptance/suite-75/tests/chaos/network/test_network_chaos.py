import json
import os
import urllib.request

import pytest

from brinewell import net


@pytest.mark.chaos
class TestNetworkChaos:
    def test_forecast(self):
        assert net.forecast()["wind"] == "NW"

    def test_market_price(self):
        assert net.market_price("flake")["per_kg"] == 3.2

    @pytest.mark.parametrize("users", [10, 50, 100], ids=lambda n: f"{n}-users")
    def test_market_price_under_load(self, users):
        prices = [net.market_price("fine")["per_kg"] for _ in range(users // 10)]
        assert set(prices) == {3.2}

    def test_lab_report_within_timeout(self):
        assert net.lab_report(3)["salinity"] > 20

    def test_connect_timeout_setting(self):
        assert net.connect_timeout() == 2.0

    def test_lab_status_page(self):
        assert net.get_json(net.lab_url("status")) == {"ok": True}

    def test_carrier_quote(self):
        assert net.carrier_quote(250)["eur"] > 0

    def test_station_readings(self, station_url):
        assert net.get_json(station_url + "/readings")

    def test_market_order_created(self):
        status, body = net.post_json(net.base("market") + "/orders", {"kg": 40})
        assert (status, body["kg"]) == (201, 40)

    @pytest.mark.parametrize("n", range(5), ids=lambda n: f"beat-{n}")
    def test_telemetry_heartbeat(self, n):
        assert net.get_json(net.base("telemetry") + f"/beat/{n}") == {"ok": True}

    def test_grader_reachable(self):
        assert net.get_json(net.base("grader") + "/grades")

    def test_scale_weighs(self):
        assert net.get_json(net.base("scale") + "/weigh")["kg"] >= 0

    def test_unknown_market_path_404(self):
        with pytest.raises(urllib.error.HTTPError) as caught:
            net.get_json(net.base("market") + "/nothing")
        assert caught.value.code == 404

    def test_weather_is_json(self):
        with urllib.request.urlopen(net.base("weather") + "/forecast", timeout=2) as reply:
            assert json.loads(reply.read())["sun_hours"] > 0

    def test_market_url_from_env(self):
        assert os.environ["BRINEWELL_MARKET_URL"].startswith("http://")

    def test_lab_root(self):
        assert net.get_json(net.base("lab").rstrip("/") + "/") == {"ok": True}
