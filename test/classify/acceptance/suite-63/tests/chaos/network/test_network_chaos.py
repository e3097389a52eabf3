import pytest

from lampwatch import faults, notices, settings


@pytest.mark.chaos
class TestNetwork:
    @pytest.mark.parametrize("day", [f"2026-12-0{n}" for n in range(1, 7)])
    def test_notices_for_day(self, day):
        assert notices.notices_for(day)

    @pytest.mark.parametrize("buoy", ["B-07", "B-slow", "B-reset", "B-12", "B-21"])
    def test_buoy_position(self, buoy):
        assert "lat" in notices.buoy_position(buoy)

    def test_tide_height(self):
        assert notices.tide_height("leith") > 0

    @pytest.mark.parametrize("buoys", [10, 50, 100], ids=lambda n: f"{n}-buoys")
    def test_fog_warning_broadcast(self, request, buoys):
        drop = faults.injector(request.node.name, 0.02)
        assert notices.broadcast_fog_warning([f"B-{n:02d}" for n in range(buoys)], drop) == buoys

    def test_ais_receiver_handshake(self, ais):
        ais.sendall(b"HELLO lampwatch\n")
        assert ais.recv(64).startswith(b"OK")

    @pytest.mark.parametrize("vessel", ["235012345", "235098765"])
    def test_ais_vessel_near_light(self, ais, vessel):
        ais.sendall(f"NEAR HW01 {vessel}\n".encode())
        assert ais.recv(64)

    def test_notices_url_configured(self):
        assert settings.NOTICES_URL.startswith("http://127.0.0.1:")

    def test_buoy_hub_health(self):
        assert notices.buoy_position("health") == {"ok": True}

    def test_fog_warning_to_no_buoys(self):
        assert notices.broadcast_fog_warning([], faults.injector("none", 1.0)) == 0

    def test_fog_warning_to_one_buoy(self):
        assert notices.broadcast_fog_warning(["B-01"], faults.injector("one", 0.0)) == 1
