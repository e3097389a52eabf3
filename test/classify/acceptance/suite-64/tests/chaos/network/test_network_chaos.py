import asyncio

import pytest

from tramyard import faults, feeds, settings


@pytest.mark.chaos
class TestNetwork:
    @pytest.mark.parametrize("signal", ["SG-01", "SG-02"])
    def test_signal_aspect(self, signal):
        assert feeds.signal_aspect(signal) in {"proceed", "caution", "stop"}

    @pytest.mark.parametrize("display", ["D-01", "D-slow", "D-reset", "D-07"])
    def test_display_message(self, display):
        assert feeds.display_message(display)["display"] == display

    @pytest.mark.parametrize("stops", [10, 100, 1000], ids=lambda n: f"{n}-stops")
    def test_board_updates(self, request, stops):
        drop = faults.injector(request.node.name, 0.01)
        assert feeds.update_boards([f"S{n:03d}" for n in range(stops)], drop) == stops

    @pytest.mark.parametrize("tram", ["T01", "T02", "T07x", "T11x"])
    def test_vehicle_frame(self, tram):
        assert asyncio.run(feeds.vehicle_frame(tram)).startswith(tram.encode())

    @pytest.mark.parametrize("trams", [10, 100], ids=lambda n: f"{n}-trams")
    def test_gateways_opened(self, trams):
        assert feeds.open_gateways([f"T{n:03d}" for n in range(trams)]) == trams

    def test_feed_handshake(self, feed):
        feed.sendall(b"HELLO tramyard\n")
        assert feed.recv(64).startswith(b"OK")

    @pytest.mark.parametrize("line", ["L1", "L2"])
    def test_feed_subscribe(self, feed, line):
        feed.sendall(f"SUB {line}\n".encode())
        assert feed.recv(64)

    def test_passenger_info_configured(self):
        assert settings.PASSENGER_INFO_URL.startswith("http://127.0.0.1:")

    def test_board_update_none(self):
        assert feeds.update_boards([], faults.injector("none", 1.0)) == 0

    def test_board_update_one(self):
        assert feeds.update_boards(["S001"], faults.injector("one", 0.0)) == 1

    def test_telemetry_configured(self):
        assert settings.TELEMETRY_ADDRESS[0] == "127.0.0.1"

    @pytest.mark.parametrize("display", ["D-02", "D-03"])
    def test_display_default(self, display):
        assert feeds.display_message(display)["text"] == "Next tram 4 min"
