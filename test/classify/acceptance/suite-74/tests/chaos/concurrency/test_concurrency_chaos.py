import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from loomhouse import concurrency

LOOP = asyncio.new_event_loop()


@pytest.fixture
def loop():
    yield LOOP
    LOOP.close()


@pytest.mark.chaos
class TestConcurrencyChaos:
    def test_counter_single_thread(self):
        counter = concurrency.BoltCounter()
        for _ in range(100):
            counter.add()
        assert counter.value == 100

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_counter_under_load(self, users):
        counter = concurrency.BoltCounter()

        def work():
            for _ in range(200):
                counter.add()

        threads = [threading.Thread(target=work) for _ in range(users // 10 * 4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert counter.value == 200 * len(threads)

    def test_plan_one_loom(self):
        planner = concurrency.Planner(workers=4)
        assert planner.plan_floor(["L1"]) == [["L1:warp", "L1:weft"]]
        planner.close()

    def test_plan_floor_of_two(self):
        planner = concurrency.Planner(workers=2)
        try:
            assert len(planner.plan_floor(["L1", "L2"])) == 2
        finally:
            planner.close()

    def test_shuttle_position(self):
        async def scenario():
            feed = concurrency.ShuttleFeed()
            return await feed.next_position()

        assert asyncio.run(scenario()) == 0

    def test_registry_total(self):
        registry = concurrency.LoomRegistry()
        for loom in range(10):
            registry.register(f"L{loom}", 50)
        assert registry.total_metres() == 500

    def test_registry_total_while_registering(self):
        registry = concurrency.LoomRegistry()
        for loom in range(200):
            registry.register(f"L{loom}", 50)

        def more():
            for loom in range(200, 5000):
                registry.register(f"L{loom}", 50)
                time.sleep(0.00005)

        thread = threading.Thread(target=more)
        thread.start()
        try:
            assert registry.total_metres() >= 10000
        finally:
            thread.join()

    def test_shift_starts_together(self):
        assert concurrency.ShiftStart(looms=4).start(ready=4) == 4

    def test_counter_adds_amounts(self):
        counter = concurrency.BoltCounter()
        counter.add(5)
        counter.add(7)
        assert counter.value == 12

    def test_event_wakes_waiter(self):
        event = threading.Event()
        threading.Timer(0.01, event.set).start()
        assert event.wait(timeout=2)

    def test_inspections_collected(self):
        results = concurrency.Inspections().run([{"defects": 2}, {"defects": 4}])
        assert [score for _, score in results] == [50, 25]

    def test_inspections_of_flawless_bolts(self):
        results = concurrency.Inspections().run([{"defects": 1}, {"defects": 0}, {"defects": 5}])
        assert len(results) == 3

    def test_reservation_single(self):
        reservations = concurrency.Reservations()
        assert reservations.reserve("L1", "O-1")
        assert not reservations.reserve("L1", "O-2")

    def test_reservation_race(self):
        reservations = concurrency.Reservations()
        won = []

        def attempt(order):
            if reservations.reserve("L9", order):
                won.append(order)

        threads = [threading.Thread(target=attempt, args=(f"O-{n}",)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(won) == 1

    def test_parallel_weaving_is_fast(self):
        with ThreadPoolExecutor(max_workers=4) as pool:
            started = time.perf_counter()
            list(pool.map(lambda _: time.sleep(0.02), range(8)))
            elapsed = time.perf_counter() - started
        assert elapsed < 0.03

    def test_pool_map_results(self):
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(lambda n: n * 2, range(5))) == [0, 2, 4, 6, 8]

    def test_loop_runs_feed(self, loop):
        feed = concurrency.ShuttleFeed()
        loop.run_until_complete(feed.positions.put(7))
        assert loop.run_until_complete(feed.next_position()) == 7

    def test_loop_runs_again(self, loop):
        assert loop.run_until_complete(asyncio.sleep(0, result="ok")) == "ok"

    def test_gather_doubles(self):
        async def double(n):
            return n * 2

        async def scenario():
            return await asyncio.gather(double(1), double(2))

        assert asyncio.run(scenario()) == [2, 4]

    def test_lock_protects_counter(self):
        lock = threading.Lock()
        total = [0]

        def work():
            for _ in range(1000):
                with lock:
                    total[0] += 1

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert total[0] == 4000
