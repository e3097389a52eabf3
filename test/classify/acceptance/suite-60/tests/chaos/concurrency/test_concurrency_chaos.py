import random
import threading
import time

import pytest

from pressline import cellar


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("run", range(1, 10), ids=lambda run: f"run-{run}")
    def test_tank_filled_by_presses(self, run):
        tank = cellar.Tank("T5")
        # Every third run the presses empty at the same moment, as at the height of the harvest; the others
        # drain a little apart, as on a quiet day.
        pause = 0.02 if run % 3 == 0 else 0.0
        presses = [threading.Thread(target=tank.fill, args=(500, pause)) for _ in range(4)]
        for press in presses:
            time.sleep(random.random() * 0.001)
            press.start()
        for press in presses:
            press.join()
        assert tank.litres == 2000

    def test_racking_both_ways(self):
        north = cellar.Tank("T1", 4000)
        south = cellar.Tank("T2", 2500)
        there = threading.Thread(target=cellar.rack_between, args=(north, south, 500), daemon=True)
        back = threading.Thread(target=cellar.rack_between, args=(south, north, 300), daemon=True)
        there.start()
        back.start()
        there.join(timeout=2)
        back.join(timeout=2)
        assert not there.is_alive() and not back.is_alive(), "racking still running after 2 s"

    def test_racking_one_way(self):
        north = cellar.Tank("T1", 4000)
        south = cellar.Tank("T2", 2500)
        cellar.rack_between(north, south, 500)
        assert (north.litres, south.litres) == (3500, 3000)

    @pytest.mark.parametrize("tanks", [4, 8, 16], ids=lambda tanks: f"tanks-{tanks}")
    def test_sampling_round(self, tanks):
        assert len(cellar.sample_round([f"T{n}" for n in range(tanks)])) == tanks

    @pytest.mark.parametrize("users", [10, 100], ids=lambda users: f"{users}-users")
    def test_weighbridge_rush(self, users):
        bridge = cellar.Weighbridge()
        for n in range(users):
            bridge.arrive(f"P12-{n:03d}")
        bridge.unload()

    def test_presses_finished(self):
        done = []

        def press(load):
            time.sleep(0.2)
            done.append(load)

        threads = [threading.Thread(target=press, args=(f"P12-{n:03d}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        cellar.wait_for_presses(threads, 0.1)
        assert len(done) == 3

    @pytest.mark.parametrize("loads", [20, 200], ids=lambda loads: f"loads-{loads}")
    def test_press_all_within_budget(self, loads):
        started = time.monotonic()
        cellar.press_all(range(loads), lambda load: (time.sleep(0.001), load)[1])
        assert time.monotonic() - started < 0.05
