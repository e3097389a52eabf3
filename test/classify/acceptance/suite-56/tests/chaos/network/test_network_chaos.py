import socket

import pytest

from keeperlog import settings, vetlab


@pytest.fixture
def silent_weather(monkeypatch):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    monkeypatch.setattr(settings, "WEATHER_URL", f"http://127.0.0.1:{server.getsockname()[1]}")
    yield
    server.close()


@pytest.mark.chaos
class TestNetworkChaos:
    def test_lab_results(self):
        assert vetlab.lab_results("S-2291")["status"] == "complete"

    def test_feed_order(self):
        assert vetlab.order_feed("fish", 40)

    def test_heat_warning(self, silent_weather):
        assert vetlab.heat_warning() == []
