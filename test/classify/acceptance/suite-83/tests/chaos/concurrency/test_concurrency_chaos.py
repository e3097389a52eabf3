import asyncio
import queue
import threading
import time

import pytest

from berthline import conc


class TestConcurrency:
    @pytest.mark.parametrize("threads", [2, 8, 32], ids=lambda n: f"threads-{n}")
    def test_race_condition_counter(self, threads):
        counter = conc.BookingCounter()

        def work():
            for _ in range(200):
                counter.increment()

        workers = [threading.Thread(target=work) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert counter.value == threads * 200

    @pytest.mark.timeout(3)
    def test_deadlock_detection(self):
        harbour = conc.Account("harbour", 1_000)
        chandlery = conc.Account("chandlery", 1_000)
        first = threading.Thread(target=conc.transfer, args=(harbour, chandlery, 10), daemon=True)
        second = threading.Thread(target=conc.transfer, args=(chandlery, harbour, 20), daemon=True)
        first.start()
        second.start()
        first.join()
        second.join()
        assert harbour.balance + chandlery.balance == 2_000

    def test_semaphore_leak_on_exception(self):
        pool = conc.SlotPool(slots=3)

        def failing_job():
            raise ValueError("berth A9 does not exist")

        for _ in range(3):
            with pytest.raises(ValueError):
                pool.run(failing_job)
        assert pool.has_free_slot(), "a failed job gives its slot back"

    def test_thread_pool_exception_propagation(self):
        assert conc.parse_berth_numbers(["12", "14", "B-12"]) == [12, 14, 12]

    def test_barrier_timeout_under_load(self):
        # four crews and the harbourmaster's thread meet at the lock gate
        barrier = threading.Barrier(6, timeout=0.5)
        arrived = []

        def crew(n):
            arrived.append(n)
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                pass

        workers = [threading.Thread(target=crew, args=(n,), daemon=True) for n in range(4)]
        for worker in workers:
            worker.start()
        barrier.wait()
        assert len(arrived) == 4

    @pytest.mark.parametrize("granularity", ["row", "table", "page"])
    def test_optimistic_locking_conflict(self, granularity):
        versions = {"row": 1, "table": 1, "page": 1}
        expected = versions[granularity]
        versions[granularity] += 1
        assert versions[granularity] != expected

    def test_work_queue_backpressure(self, settings):
        work = conc.WorkQueue(settings["queue"]["max_pending"])
        done = []
        for n in range(20):
            work.submit(lambda n=n: done.append(n))
        assert work.drain() == 20

    def test_async_booking_confirmations(self):
        async def confirm_all():
            references = [f"BK-{n}" for n in range(1001, 1006)]
            return await asyncio.wait_for(
                asyncio.gather(*(conc.confirm_booking(r) for r in references)), timeout=0.05
            )

        assert len(asyncio.run(confirm_all())) == 5

    def test_event_loop_not_blocked(self):
        async def notify_all():
            started = time.perf_counter()
            await asyncio.gather(*(conc.notify_arrival(f"vessel-{n}") for n in range(10)))
            return time.perf_counter() - started

        elapsed = asyncio.run(notify_all())
        assert elapsed < 0.2, f"10 arrival notices took {elapsed:.2f}s: the handlers ran one after another"

    def test_condition_wakes_waiter(self):
        condition = threading.Condition()
        ready = []

        def waiter():
            with condition:
                condition.wait_for(lambda: ready, timeout=1)

        thread = threading.Thread(target=waiter)
        thread.start()
        with condition:
            ready.append(True)
            condition.notify_all()
        thread.join(1)
        assert not thread.is_alive()

    def test_rlock_reentry(self):
        lock = threading.RLock()
        with lock:
            with lock:
                assert True

    def test_thread_local_isolation(self):
        local = threading.local()
        seen = []

        def worker(n):
            local.value = n
            time.sleep(0.01)
            seen.append(local.value == n)

        workers = [threading.Thread(target=worker, args=(n,)) for n in range(5)]
        for worker_thread in workers:
            worker_thread.start()
        for worker_thread in workers:
            worker_thread.join()
        assert all(seen)

    def test_queue_fifo_order(self):
        pending = queue.Queue()
        for n in range(3):
            pending.put(n)
        assert [pending.get() for _ in range(3)] == [0, 1, 2]

    def test_event_signals_shutdown(self):
        stop = threading.Event()
        threading.Timer(0.01, stop.set).start()
        assert stop.wait(1)

    def test_async_queue_roundtrip(self):
        async def roundtrip():
            pending = asyncio.Queue()
            await pending.put("BK-1001")
            return await pending.get()

        assert asyncio.run(roundtrip()) == "BK-1001"

    def test_timer_cancel(self):
        fired = []
        timer = threading.Timer(0.5, lambda: fired.append(True))
        timer.start()
        timer.cancel()
        assert not fired

    def test_lock_acquire_timeout(self):
        lock = threading.Lock()
        lock.acquire()
        try:
            assert not lock.acquire(timeout=0.05)
        finally:
            lock.release()
