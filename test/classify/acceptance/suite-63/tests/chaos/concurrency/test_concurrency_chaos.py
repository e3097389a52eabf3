import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from lampwatch import optics, watch


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("keepers", [1, 8, 32], ids=lambda n: f"{n}-keepers")
    def test_lamp_hours_tallied(self, keepers):
        tally = watch.LampHours()
        assert watch.log_watches(tally, "HW05", keepers, 25) == keepers * 25 * 4

    def test_lens_and_motor_serviced(self):
        watch.service_lens_and_motor()

    def test_station_checked(self):
        assert watch.check_station(["HW01", "HW02", "HW03"]) == ["HW01: lit", "HW02: lit", "HW03: lit"]

    def test_fog_signals_sounded(self):
        assert asyncio.run(watch.fog_signals(["horn", "diaphone"])) == ["horn", "diaphone"]

    def test_no_fog_signals(self):
        assert asyncio.run(watch.fog_signals([])) == []

    @pytest.mark.parametrize("lights", [10, 100, 1000], ids=lambda n: f"{n}-lights")
    def test_sweep(self, lights):
        seen = asyncio.run(watch.sweep([f"HW{n}" for n in range(lights)]))
        assert len(seen) == lights

    def test_keeper_joins_roster(self):
        watch.ROSTER.append("keeper-ann")
        assert "keeper-ann" in watch.ROSTER

    def test_roster_starts_empty(self):
        assert watch.ROSTER == []

    @pytest.mark.parametrize("users", [100, 500, 1000], ids=lambda n: f"{n}-users")
    def test_watch_rotation_under_load(self, users):
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as executor:
            rates = list(executor.map(lambda n: optics.flashes_per_minute(f"Fl({n % 4 + 1}) {n % 9 + 3}s"), range(users)))
        assert len(rates) == users
        assert time.monotonic() - started < 1.5

    def test_single_keeper_tally(self):
        tally = watch.LampHours()
        tally.add("HW09", 4)
        assert tally.hours == {"HW09": 4}

    @pytest.mark.parametrize("shift", ["day", "night"])
    def test_roster_handover(self, shift):
        assert watch.log_watches(watch.LampHours(), f"HW-{shift}", 1, 3) == 12

    def test_sweep_of_nothing(self):
        assert asyncio.run(watch.sweep([])) == []

    def test_lens_lock_free_after_service(self):
        assert not watch.lens_lock.locked()

    def test_motor_lock_free_after_service(self):
        assert not watch.motor_lock.locked()
