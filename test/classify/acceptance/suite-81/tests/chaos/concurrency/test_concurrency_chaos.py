import asyncio
import threading
import time

import pytest

from reedbank import conc


class TestLoader:
    def test_loader_delivers_all(self):
        thread, done = conc.start_loader(lambda n: n * 2, [1, 2, 3])
        thread.join(2)
        assert sorted(done.get(timeout=1) for _ in range(3)) == [2, 4, 6]

    def test_loader_is_daemon(self):
        thread, _ = conc.start_loader(lambda n: n, [])
        thread.join(2)
        assert thread.daemon

    def test_main_thread_keeps_name(self):
        thread = threading.Thread(target=lambda: None, name="loader", daemon=True)
        thread.start()
        thread.join(2)
        assert threading.currentThread().name == "MainThread"


class TestTally:
    def test_tally_under_threads(self):
        tally = conc.Tally()
        threads = [threading.Thread(target=lambda: [tally.add(1) for _ in range(50)]) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert tally.count == 200

    def test_safe_tally_under_threads(self):
        tally = conc.SafeTally()
        threads = [threading.Thread(target=lambda: [tally.add(1) for _ in range(200)]) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert tally.count == 800

    def test_safe_tally_zero(self):
        assert conc.SafeTally().count == 0

    def test_single_thread_tally(self):
        tally = conc.Tally()
        for _ in range(5):
            tally.add(2)
        assert tally.count == 10


class TestJobs:
    def test_job_order(self):
        order = conc.job_order({"thatch": {"strip"}, "strip": {"scaffold"}, "scaffold": set()})
        assert order == ["scaffold", "strip", "thatch"]

    @pytest.mark.parametrize("users", [1, 10, 50])
    def test_pool_results(self, users):
        results = conc.run_pool(lambda n: n + 1, range(users))
        assert sorted(results) == list(range(1, users + 1))

    def test_pool_is_quick(self):
        start = time.perf_counter()
        conc.run_pool(lambda n: time.sleep(0.01), range(8), workers=4)
        assert time.perf_counter() - start < 0.015


class TestBarges:
    def test_gather_barges(self):
        async def load(name):
            await asyncio.sleep(0)
            return name.upper()

        assert asyncio.run(conc.load_barges(["ely", "wash"], load)) == ["ELY", "WASH"]

    def test_barge_queue(self):
        async def main():
            loop = asyncio.get_running_loop()
            berths = asyncio.Queue(maxsize=2, loop=loop)
            await berths.put("ely")
            return await berths.get()

        assert asyncio.run(main()) == "ely"

    def test_barge_lock(self):
        async def main():
            lock = asyncio.Lock()
            async with lock:
                return lock.locked()

        assert asyncio.run(main())

    def test_barge_timeout(self):
        async def main():
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(asyncio.sleep(1), 0.01)
            return True

        assert asyncio.run(main())


class TestEvents:
    def test_event_wakes_waiter(self):
        event = threading.Event()
        threading.Timer(0.01, event.set).start()
        assert event.wait(2)

    def test_barrier(self):
        barrier = threading.Barrier(3)
        hits = []

        def run():
            barrier.wait(2)
            hits.append(1)

        threads = [threading.Thread(target=run) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(2)
        assert len(hits) == 3

    def test_event_times_out(self):
        assert not threading.Event().wait(0.01)

    def test_semaphore_bounds(self):
        slots = threading.BoundedSemaphore(2)
        slots.acquire()
        slots.acquire()
        assert not slots.acquire(blocking=False)
        slots.release()
        slots.release()

    def test_condition_notify(self):
        condition = threading.Condition()
        box = []

        def put():
            with condition:
                box.append("reed")
                condition.notify()

        with condition:
            threading.Thread(target=put).start()
            condition.wait_for(lambda: box, timeout=2)
        assert box == ["reed"]
