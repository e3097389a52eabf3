import socket

import pytest

from hivekeep import feeds
from hivekeep.faults import Faults

_flaky = Faults(0.02, seed=4)


@pytest.mark.chaos
class TestNetwork:
    def test_scales_readings(self):
        assert feeds.scales()

    def test_scales_for_orchard_row(self):
        assert [s for s in feeds.scales() if s["apiary"] == "A1"]

    def test_weather_forecast(self):
        assert "wind" in feeds.forecast()

    def test_telemetry_slow_hub(self, hubs):
        assert feeds.telemetry("127.0.0.1", hubs["stall"])

    def test_telemetry_old_hub(self, hubs):
        assert feeds.telemetry("127.0.0.1", hubs["reset"])

    @pytest.mark.parametrize("hive", ["H1", "H2", "H3", "H4", "H5"])
    def test_telemetry_hive(self, hubs, hive):
        assert feeds.telemetry("127.0.0.1", hubs["answer"]).startswith(b"OK")

    @pytest.mark.parametrize("alerts", [10, 100, 1000], ids=lambda n: f"{n}-alerts")
    def test_swarm_broadcast(self, alerts):
        assert feeds.broadcast(range(alerts), _flaky) == alerts

    def test_localhost_resolves(self):
        assert socket.gethostbyname("localhost") == "127.0.0.1"

    @pytest.mark.parametrize("port", [0, 0, 0], ids=["first", "second", "third"])
    def test_ephemeral_listener(self, port):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))
            assert sock.getsockname()[1] > 0

    def test_broadcast_empty(self):
        assert feeds.broadcast([], Faults(0.5, seed=1)) == 0

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_telemetry_under_load(self, hubs, users):
        assert all(feeds.telemetry("127.0.0.1", hubs["answer"]) for _ in range(users // 10))

    def test_telemetry_reply_is_bytes(self, hubs):
        assert isinstance(feeds.telemetry("127.0.0.1", hubs["answer"]), bytes)

    def test_scales_hive_weights(self):
        assert all(s["kg"] > 0 for s in feeds.scales())
