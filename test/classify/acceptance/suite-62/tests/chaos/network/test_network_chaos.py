import pytest

from tremorline import alerts, exchange

EVENT = {"id": 2611030412, "magnitude": 4.7, "lat": 37.912, "lon": 22.418}


@pytest.mark.chaos
class TestNetwork:
    @pytest.mark.parametrize("subscriber", ["civil-protection", "rail-operator", "dam-operator", "school-district",
                                            "grid-operator", "harbour-authority"])
    def test_alert_delivered(self, subscriber):
        assert alerts.deliver(subscriber, EVENT) == {"queued": True}

    @pytest.mark.parametrize("day", [f"2026-11-0{n}" for n in range(1, 7)])
    def test_exchange_import(self, day):
        events = exchange.day(day)
        assert len(events) == 12

    def test_gateway_handshake(self, station_gateway):
        station_gateway.sendall(b"HELLO TRM01\n")
        assert station_gateway.recv(16).startswith(b"OK")

    def test_gateway_streams_packets(self, station_gateway):
        station_gateway.sendall(b"STREAM TRM01 BHZ\n")
        assert len(station_gateway.recv(512)) > 0

    @pytest.mark.parametrize("station", ["TRM02", "TRM03"])
    def test_gateway_station_status(self, station_gateway, station):
        station_gateway.sendall(f"STATUS {station}\n".encode())
        assert station_gateway.recv(16) == b"UP\n"
