import asyncio

import pytest

from humpyard import network

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])


@pytest.fixture
def box(signal_box):
    return network.SignalBoxClient(port=signal_box.port)


@pytest.mark.chaos
class TestNetwork:
    def test_aspect_of_a_signal(self, box):
        assert box.aspect("S12") == "S12 GREEN"

    def test_aspects_of_the_hump_signals(self, box):
        assert box.all_aspects(["S1", "S22"]) == ["S1 YELLOW", "S22 GREEN"]

    @LOADS
    def test_aspects_under_load(self, box, users):
        signals = [f"S{number}" for number in range(min(users, 200))]
        assert len(box.all_aspects(signals)) == len(signals)

    def test_aspect_asked_twice(self, box):
        assert box.aspect("S3") == box.aspect("S3")

    def test_unknown_signal_answered(self, box):
        assert box.aspect("X9").startswith("ERR")

    def test_aspect_from_slow_interlocking(self, box):
        assert box.aspect("SLOW-12").endswith(("GREEN", "YELLOW"))

    def test_aspects_with_one_slow_interlocking(self, box):
        assert len(box.all_aspects(["S1", "S2", "SLOW-3"])) == 3

    def test_aspect_after_dropped_connection(self, box):
        assert box.aspect("DROP-7").endswith(("GREEN", "YELLOW"))

    def test_aspects_from_flaky_interlocking(self, box):
        for signal in ("FLAKY-1", "FLAKY-2", "FLAKY-3"):
            assert box.aspect(signal).startswith("FLAKY")

    def test_hump_signal_box(self):
        assert network.SignalBoxClient().aspect("H1").endswith(("GREEN", "YELLOW"))

    def test_hump_signal_box_all_retarders(self):
        assert len(network.SignalBoxClient().all_aspects(["R1", "R2", "R3"])) == 3

    def test_signal_box_asked_within_a_running_loop(self, box):
        async def ask():
            return await box.ask("ASPECT S4")

        assert asyncio.run(ask()) == "S4 YELLOW"

    def test_registry_wagon(self, registry):
        assert network.Registry(registry.url).wagon("GBRF-4410")["tonnes"] == 64.0

    def test_registry_while_rebuilding(self, registry):
        assert network.Registry(registry.url).wagon("BUSY-4410")["number"] == "BUSY-4410"

    def test_registry_slow_answer(self, registry):
        assert network.Registry(registry.url).wagon("SLOW-4410")["number"] == "SLOW-4410"

    def test_registry_unknown_wagon_is_none(self, registry):
        assert network.Registry(registry.url).wagon("NONE-0000") is None

    @LOADS
    def test_registry_under_load(self, registry, users):
        from concurrent.futures import ThreadPoolExecutor

        client = network.Registry(registry.url)
        with ThreadPoolExecutor(max_workers=min(users, 16)) as pool:
            wagons = list(pool.map(client.wagon, [f"GBRF-{number:04d}" for number in range(min(users, 200))]))
        assert len(wagons) == min(users, 200)
