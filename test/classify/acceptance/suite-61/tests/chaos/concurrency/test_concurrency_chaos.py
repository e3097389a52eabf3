import random
import threading
import time

import pytest

from milkrun import collection


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("run", range(1, 10), ids=lambda run: f"run-{run}")
    def test_tanker_filled_at_farms(self, run):
        tanker = collection.Tanker("TK5")
        # Every third run the farms' pumps start together, as on the morning round; the others a little apart.
        pause = 0.02 if run % 3 == 0 else 0.0
        pumps = [threading.Thread(target=tanker.collect, args=(1500, pause)) for _ in range(4)]
        for pump in pumps:
            time.sleep(random.random() * 0.001)
            pump.start()
        for pump in pumps:
            pump.join()
        assert tanker.litres == 6000

    def test_transfer_both_ways(self):
        north = collection.Tanker("TK1", 18000)
        south = collection.Tanker("TK2", 9000)
        there = threading.Thread(target=collection.transfer, args=(north, south, 2000), daemon=True)
        back = threading.Thread(target=collection.transfer, args=(south, north, 1000), daemon=True)
        there.start()
        back.start()
        there.join()
        back.join()
        assert (north.litres, south.litres) == (17000, 10000)

    def test_transfer_one_way(self):
        north = collection.Tanker("TK1", 18000)
        south = collection.Tanker("TK2", 9000)
        collection.transfer(north, south, 2000)
        assert (north.litres, south.litres) == (16000, 11000)

    def test_tankers_back_at_depot(self):
        back = []

        def drive(tanker):
            time.sleep(0.2)
            back.append(tanker)

        threads = [threading.Thread(target=drive, args=(f"TK{n}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        collection.wait_for_tankers(threads, 0.1)
        assert len(back) == 3
