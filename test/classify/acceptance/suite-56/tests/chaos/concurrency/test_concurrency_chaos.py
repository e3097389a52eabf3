import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from keeperlog import enclosures


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("run", range(1, 10), ids=lambda run: f"run-{run}")
    def test_aviary_gate_counter(self, run):
        counter = enclosures.GateCounter()
        first = threading.Thread(target=counter.admit)
        second = threading.Thread(target=counter.admit)
        first.start()
        time.sleep(0.01)
        second.start()
        first.join()
        second.join()
        assert counter.count == 2

    def test_move_while_closing(self):
        night_house = enclosures.Enclosure("NH-2", capacity=4)
        animal = enclosures.Animal("L1")
        with ThreadPoolExecutor(max_workers=2) as pool:
            moving = pool.submit(enclosures.move_animal, animal, night_house)
            closing = pool.submit(enclosures.close_enclosure, night_house, [animal])
            moving.result()
            closing.result()

    def test_move_two_animals(self):
        paddock = enclosures.Enclosure("PD-1", capacity=6)
        animals = [enclosures.Animal("Z1"), enclosures.Animal("Z2")]
        with ThreadPoolExecutor(max_workers=2) as pool:
            for future in [pool.submit(enclosures.move_animal, animal, paddock) for animal in animals]:
                future.result()
        assert sorted(paddock.animals) == ["Z1", "Z2"]

    @pytest.mark.parametrize("keepers", [8, 32], ids=["keepers-8", "keepers-32"])
    def test_concurrent_feeding_log(self, keepers):
        entries = []
        lock = threading.Lock()

        def log(n):
            with lock:
                entries.append(n)

        with ThreadPoolExecutor(max_workers=keepers) as pool:
            list(pool.map(log, range(keepers * 10)))
        assert len(entries) == keepers * 10
