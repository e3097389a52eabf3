import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tremorline import magnitude, telemetry


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("channels", [1, 3, 12], ids=lambda n: f"{n}-channels")
    def test_samples_tallied(self, channels):
        tally = telemetry.Tally()
        assert telemetry.acquire(tally, "TRM01", channels, 20) == channels * 20 * 100

    def test_picks_merged(self):
        board = telemetry.PickBoard()
        picks = asyncio.run(telemetry.merge_all(board, 41, ["TRM01", "TRM02", "TRM03"]))
        assert len(picks) == 6

    def test_picks_merged_for_large_network(self):
        board = telemetry.PickBoard()
        stations = [f"TRM{n:02d}" for n in range(40)]
        picks = asyncio.run(telemetry.merge_all(board, 42, stations))
        assert len(picks) == 80

    def test_locator_serialises_events(self):
        assert asyncio.run(telemetry.locate_all([1, 2, 3])) == [1, 2, 3]

    def test_locator_on_second_run(self):
        asyncio.run(telemetry.locate_all([4, 5]))
        assert asyncio.run(telemetry.locate_all([6, 7])) == [6, 7]

    def test_event_relayed(self):
        assert asyncio.run(telemetry.relay_event(99)) == [99]

    @pytest.mark.parametrize("users", [100, 1000], ids=lambda n: f"{n}-users")
    def test_magnitude_service_under_load(self, users):
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=32) as executor:
            results = list(executor.map(lambda n: magnitude.local_magnitude(1.0, 10 + n % 300), range(users)))
        assert len(results) == users
        assert time.monotonic() - started < 2.0
