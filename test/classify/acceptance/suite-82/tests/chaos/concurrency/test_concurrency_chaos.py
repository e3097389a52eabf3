import threading

import pytest
import trio

from shorewarden import work


class TestGaugeFeed:
    def test_read_level(self, settings):
        assert trio.run(work.read_gauge, settings.gauge_hub) > 0

    def test_dashboard(self, settings):
        assert "spurn" in trio.run(work.dashboard, settings.gauge_hub)

    def test_parse_reading(self):
        assert work.parse_reading(b"spurn 3.25\n") == 3.25

    def test_parse_negative(self):
        assert work.parse_reading(b"blakeney -0.4\n") == -0.4


class TestPolling:
    def test_poll_healthy(self):
        async def good():
            return b"spurn 2.5"

        assert trio.run(work.poll_all, {"spurn": good}) == {"spurn": 2.5}

    def test_poll_marks_bad_gauge(self):
        async def good():
            return b"spurn 2.5"

        async def bad():
            return b"cley E3"

        assert trio.run(work.poll_all, {"spurn": good, "cley": bad}) == {"spurn": 2.5, "cley": None}

    def test_shift_handover(self):
        log = []
        trio.run(work.handover, trio.Lock(), log)
        assert log == ["day", "night"]

    def test_lock_basic(self):
        async def main():
            lock = trio.Lock()
            async with lock:
                return lock.locked()

        assert trio.run(main) is True


class TestJobs:
    def test_run_jobs(self):
        assert work.run_jobs([1, 2, 3]) == [1, 4, 9]

    def test_run_squares(self):
        assert work.run_squares([2, 3]) == [4, 9]

    def test_results_in_order(self):
        assert work.run_squares([3, 1, 2]) == [9, 1, 4]


class TestTally:
    def test_concurrent_tally(self):
        tally = work.Tally()

        def crew():
            for _ in range(200):
                tally.add()

        threads = [threading.Thread(target=crew) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.count == 1600

    def test_single_tally(self):
        tally = work.Tally()
        tally.add(3)
        assert tally.count == 3


class TestWorkers:
    def test_averages(self):
        assert work.averages({"spurn": [1.0, 3.0]}) == {"spurn": 2.0}

    def test_averages_with_quiet_zone(self):
        assert work.averages({"spurn": [1.0, 3.0], "cley": []})["spurn"] == 2.0

    def test_finishing_order(self):
        assert work.finishing_order({"spurn": 0.05, "cley": 0.01}) == ["spurn", "cley"]


class TestLoad:
    @pytest.mark.parametrize("users", [10, 50, 100], ids=["10-users", "50-users", "100-users"])
    def test_parallel_tallies(self, users):
        tallies = [work.Tally() for _ in range(users)]
        threads = [threading.Thread(target=tally.add) for tally in tallies]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sum(tally.count for tally in tallies) == users


class TestCancel:
    def test_move_on(self):
        async def main():
            with trio.move_on_after(0.01) as scope:
                await trio.sleep(1)
            return scope.cancelled_caught

        assert trio.run(main) is True

    def test_median(self):
        assert work.median_level([3.0, 1.0, 2.0]) == 2.0
