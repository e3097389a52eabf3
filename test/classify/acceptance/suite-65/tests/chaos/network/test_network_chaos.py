import socket

import pytest

from gridcall import feeds
from gridcall.faults import Faults


@pytest.mark.chaos
class TestNetwork:
    def test_scada_breaker_states(self):
        assert feeds.scada_breakers()

    def test_scada_breakers_for_north(self):
        assert [b for b in feeds.scada_breakers() if b["region"] == "north"]

    @pytest.mark.parametrize("meter", ["M-0001", "M-0002", "M-0003", "M-0004", "M-0005"])
    def test_meter_last_gasp(self, meter):
        assert feeds.meter(meter)["last_gasp"] is False

    def test_meter_on_long_rural_feeder(self):
        assert feeds.meter("M-slow")["meter"] == "M-slow"

    def test_meter_behind_old_concentrator(self):
        assert feeds.meter("M-reset")["meter"] == "M-reset"

    @pytest.mark.parametrize("updates", [10, 100, 1000], ids=lambda n: f"{n}-updates")
    def test_outage_map_published(self, updates):
        assert feeds.publish_map(range(updates), Faults(0.002, seed=7)) == updates

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_meter_reads_under_load(self, users):
        assert all(feeds.meter(f"M-{n:04d}")["meter"] == f"M-{n:04d}" for n in range(users))

    def test_localhost_resolves(self):
        assert socket.gethostbyname("localhost") == "127.0.0.1"

    @pytest.mark.parametrize("port", [0, 0, 0], ids=["first", "second", "third"])
    def test_ephemeral_listener(self, port):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))
            assert sock.getsockname()[1] > 0

    def test_meter_unknown_id_echoed(self):
        assert feeds.meter("M-9999")["meter"] == "M-9999"

    def test_outage_map_empty(self):
        assert feeds.publish_map([], Faults(0.5, seed=1)) == 0

    def test_meter_reply_is_json(self):
        assert isinstance(feeds.meter("M-0010"), dict)
