import pytest

from loomhouse import network


@pytest.mark.chaos
class TestDyehouse:
    def test_lot_colour(self):
        assert network.Dyehouse().lot("LOT-7")["colour"]

    def test_lot_unknown(self):
        assert network.Dyehouse().lot("LOT-0") == {}

    def test_colours_listed(self):
        assert "indigo" in network.Dyehouse().colours()

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_colours_under_load(self, users):
        dyehouse = network.Dyehouse()
        for _ in range(users // 10):
            assert dyehouse.colours()


@pytest.mark.chaos
class TestNetworkChaos:
    def test_pattern_fetched(self):
        assert network.Catalogue().pattern("twill-3")["shafts"] == 8

    def test_catalogue_status(self):
        assert network.status("catalogue", "/v2/patterns/status")["name"] == "status"

    def test_order_metres(self):
        assert network.OrderDesk().metres("O-17") == 120

    def test_order_due(self):
        assert network.OrderDesk().due("O-17") == "2026-12-20"

    def test_finishing_line_status(self):
        assert network.status("slow")["ok"]

    def test_inspection_station_notified(self):
        assert network.notify("reset", "bolt B-100 off loom L1")

    def test_warehouse_status(self):
        assert network.status("broken")["ok"]

    def test_catalogue_unknown_pattern(self):
        with pytest.raises(Exception, match="404"):
            network.status("catalogue", "/v1/patterns/twill-3")

    def test_dispatch_status_code(self):
        with pytest.raises(Exception, match="502"):
            network.status("gateway")

    def test_packing_status(self):
        assert network.status("busy")["ok"]

    def test_packing_status_twice(self):
        assert network.status("busy")["ok"]
        assert network.status("busy")["ok"]

    def test_telemetry_acknowledged(self):
        telemetry = network.Telemetry()
        try:
            for reading in range(20):
                assert telemetry.send(f"L1 {reading}") == f"ack L1 {reading}"
        finally:
            telemetry.close()

    def test_telemetry_connects(self):
        network.Telemetry().close()

    def test_order_status_field(self):
        assert network.OrderDesk().metres("O-18") > 0

    def test_pattern_names_kept(self):
        assert network.status("catalogue", "/v2/patterns/satin-5")["name"] == "satin-5"

    def test_catalogue_pattern_shafts(self):
        assert network.status("catalogue", "/v2/patterns/twill-3")["shafts"] == 8
