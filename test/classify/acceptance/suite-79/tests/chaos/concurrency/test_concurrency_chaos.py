import asyncio
import concurrent.futures
import threading
import time

import pytest

from kilnyard import conc


class TestTallies:
    def test_tally_single_thread(self):
        tally = conc.Tally()
        for _ in range(10):
            tally.add()
        assert tally.count == 10

    @pytest.mark.parametrize("workers", [4, 8])
    def test_tally_under_load(self, workers):
        tally = conc.Tally()
        threads = [threading.Thread(target=lambda: [tally.add() for _ in range(25)]) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.count == workers * 25

    def test_safe_tally_single(self):
        tally = conc.SafeTally()
        tally.add(3)
        assert tally.count == 3

    def test_safe_tally_under_load(self):
        tally = conc.SafeTally()
        threads = [threading.Thread(target=lambda: [tally.add() for _ in range(25)]) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.count == 100


class TestFiring:
    def test_fire_all_finishes(self):
        states = conc.fire_all(["k1", "k2", "k3"])
        assert set(states.values()) == {"fired"}

    def test_fire_all_names_kilns(self):
        assert set(conc.fire_all(["k1", "k2"], seconds=0)) == {"k1", "k2"}

    def test_glazing_done(self):
        thread, done = conc.start_glazing()
        time.sleep(0.05)
        assert done.get("glazed")

    def test_glazing_joined(self):
        thread, done = conc.start_glazing(seconds=0.05)
        thread.join()
        assert done == {"glazed": True}


class TestOrdering:
    def test_parallel_results(self):
        jobs = [lambda n=n: (time.sleep((4 - n) * 0.03), n)[1] for n in range(4)]
        assert conc.run_parallel(jobs) == [0, 1, 2, 3]

    def test_parallel_results_complete(self):
        jobs = [lambda n=n: n for n in range(5)]
        assert sorted(conc.run_parallel(jobs)) == [0, 1, 2, 3, 4]

    def test_map_kilns_in_order(self):
        def peak(kiln):
            time.sleep({"k1": 0.09, "k2": 0.03, "k3": 0.0}[kiln])
            return kiln.upper()

        assert conc.map_kilns(peak, ["k1", "k2", "k3"]) == ["K1", "K2", "K3"]

    def test_map_kilns_empty(self):
        assert conc.map_kilns(str.upper, []) == []


class TestLocks:
    def test_move_shelf(self):
        assert conc.move_shelf("k1", "k3", hold=0) == ("k1", "k3")

    def test_moves_both_ways(self):
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            there = pool.submit(conc.move_shelf, "k1", "k2")
            back = pool.submit(conc.move_shelf, "k2", "k1")
            assert {there.result(), back.result()} == {("k1", "k2"), ("k2", "k1")}

    def test_moves_in_sequence(self):
        assert [conc.move_shelf("k2", "k3", hold=0), conc.move_shelf("k3", "k2", hold=0)] == [("k2", "k3"), ("k3", "k2")]


class TestEvents:
    def test_kiln_opened_recorded(self):
        conc.open_kiln("k1")
        assert "k1 opened" in conc.EVENTS

    def test_only_kiln_opened(self):
        conc.open_kiln("k2")
        assert conc.EVENTS == ["k2 opened"]


class TestCooling:
    def test_cool_down(self):
        assert asyncio.run(conc.cool_down(0.01)) == "cool"

    def test_cool_down_within_limit(self):
        assert asyncio.run(asyncio.wait_for(conc.cool_down(0.2), timeout=0.05)) == "cool"

    def test_average_temps(self):
        assert conc.average_temps([[1000, 1200], [1300]]) == [1100, 1300]
