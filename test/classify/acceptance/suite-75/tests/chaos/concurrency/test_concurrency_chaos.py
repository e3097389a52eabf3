import threading
import time

import pytest

from brinewell import conc


@pytest.mark.chaos
class TestConcurrencyChaos:
    def test_grade_all_pans(self):
        assert conc.grade_all([1, 2, 3]) == [33, 63, 93]

    @pytest.mark.parametrize("threads", [2, 8], ids=lambda n: f"{n}-threads")
    def test_tally_under_threads(self, threads):
        tally = conc.Tally()

        def work():
            for _ in range(2000):
                tally.add()

        workers = [threading.Thread(target=work) for _ in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert tally.count == threads * 2000

    @pytest.mark.parametrize("threads", [2, 8, 32], ids=lambda n: f"{n}-threads")
    def test_safe_tally_under_threads(self, threads):
        tally = conc.SafeTally()
        workers = [threading.Thread(target=lambda: [tally.add() for _ in range(500)]) for _ in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert tally.count == threads * 500

    def test_harvest_queue_takes_a_shift(self):
        q = conc.harvest_queue()
        conc.enqueue_harvests(q, [f"pan-{i}" for i in range(6)])
        assert q.qsize() == 6

    def test_max_inflight_from_env(self):
        assert conc.max_inflight() >= 1

    def test_pan_lock_waits_for_holder(self):
        pan = conc.PanLock()
        pan.lock.acquire()
        threading.Timer(0.2, pan.lock.release).start()
        assert pan.run(lambda: "drained") == "drained"

    def test_pan_lock_free(self):
        assert conc.PanLock().run(lambda: 7) == 7

    def test_reservations_no_overbooking(self):
        slots = conc.Reservations(5)
        workers = [threading.Thread(target=slots.reserve, args=(f"buyer-{i}",)) for i in range(20)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert len(slots.taken) <= 5

    def test_reservations_sequential(self):
        slots = conc.Reservations(2)
        assert [slots.reserve(n) for n in "abc"] == [True, True, False]

    def test_sluice_worker_finishes(self):
        done = []
        worker = threading.Thread(target=lambda: (time.sleep(0.05), done.append(1)))
        worker.start()
        worker.join(timeout=0.001)
        assert done == [1]

    @pytest.mark.parametrize("users", [10, 50, 100], ids=lambda n: f"{n}-users")
    def test_semaphore_bounds_inflight(self, users):
        gate = threading.BoundedSemaphore(4)
        peak = []
        inflight = conc.SafeTally()

        def call():
            with gate:
                inflight.add(1)
                peak.append(inflight.count)
                time.sleep(0.001)
                inflight.add(-1)

        workers = [threading.Thread(target=call) for _ in range(users)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert max(peak) <= 4

    def test_event_signals_shift_end(self):
        event = threading.Event()
        threading.Timer(0.01, event.set).start()
        assert event.wait(2)

    def test_barrier_of_three(self):
        barrier = threading.Barrier(3, timeout=2)
        arrived = []
        workers = [threading.Thread(target=lambda: arrived.append(barrier.wait())) for _ in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert sorted(arrived) == [0, 1, 2]

    def test_condition_hands_over(self):
        cond = threading.Condition()
        box = []

        def produce():
            with cond:
                box.append("brine")
                cond.notify()

        with cond:
            threading.Thread(target=produce).start()
            assert cond.wait_for(lambda: box, timeout=2)

    def test_thread_local_per_worker(self):
        local = threading.local()
        seen = []

        def work(n):
            local.pan = n
            time.sleep(0.001)
            seen.append(local.pan == n)

        workers = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert all(seen)

    def test_rlock_reentrant(self):
        lock = threading.RLock()
        with lock, lock:
            assert True
