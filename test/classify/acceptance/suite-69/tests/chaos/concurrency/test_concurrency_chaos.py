import threading
import time

import pytest

from rindhall import concurrency
from tests.conftest import LOADS


class TestConcurrency:
    @LOADS
    def test_wheel_counter_under_load(self, users):
        counter = concurrency.WheelCounter()
        threads = [threading.Thread(target=lambda: [counter.add(1) for _ in range(50)]) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert counter.count == 400

    @LOADS
    def test_shelf_under_load(self, users):
        shelf = concurrency.Shelf()
        threads = [threading.Thread(target=shelf.place, args=(i,)) for i in range(users)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(shelf.wheels) == users

    def test_worker_count(self):
        assert concurrency.worker_count() >= 1

    def test_turning_round_uses_workers(self):
        assert concurrency.worker_count() <= 16

    def test_turning_round_turns_every_shelf(self):
        assert concurrency.turning_round_closed(range(12), lambda s: s * 2) == [s * 2 for s in range(12)]

    def test_turning_round_leaves_no_threads(self):
        before = threading.active_count()
        concurrency.turning_round(range(12), lambda s: s)
        assert threading.active_count() == before

    def test_closed_round_leaves_no_threads(self):
        before = threading.active_count()
        concurrency.turning_round_closed(range(12), lambda s: s)
        assert threading.active_count() == before

    def test_brine_check_reports(self):
        checker = concurrency.BrineChecker(delay=0.3)
        checker.start()
        time.sleep(0.1)
        assert checker.result == "brine 18%"

    def test_brine_check_signals_done(self):
        checker = concurrency.BrineChecker(delay=0.05)
        checker.start()
        assert checker.done.wait(2)

    def test_lock_released_after_place(self):
        shelf = concurrency.Shelf()
        shelf.place("comte-1")
        assert not shelf.lock.locked()

    def test_counter_starts_at_zero(self):
        assert concurrency.WheelCounter().count == 0

    def test_counter_single_thread(self):
        counter = concurrency.WheelCounter()
        for _ in range(10):
            counter.add(2)
        assert counter.count == 20

    @pytest.mark.parametrize("shelves", [1, 4, 40])
    def test_round_sizes(self, shelves):
        assert len(concurrency.turning_round_closed(range(shelves), str)) == shelves

    def test_parallel_turns_finish(self):
        done = []
        threads = [threading.Thread(target=done.append, args=(i,)) for i in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(1)
        assert sorted(done) == list(range(20))

    def test_pool_size_from_settings(self):
        assert concurrency.worker_count() == 4
