import os
import threading
import time

import pytest

from ropewalk import conc


def _run(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


@pytest.mark.chaos
class TestConcurrencyChaos:
    def test_safe_tally_under_threads(self):
        tally = conc.SafeTally()
        _run([threading.Thread(target=lambda: [tally.add(1) for _ in range(2000)]) for _ in range(4)])
        assert tally.metres == 8000

    def test_tally_under_threads(self):
        tally = conc.Tally()

        def walk():
            for _ in range(20000):
                tally.add(1)

        _run([threading.Thread(target=walk) for _ in range(4)])
        assert tally.metres == 80000

    def test_one_spool_per_machine(self):
        spools = conc.Spools()
        won = []

        def grab(machine):
            if spools.take("SP-9", machine):
                won.append(machine)

        _run([threading.Thread(target=grab, args=(m,)) for m in range(6)])
        assert len(won) == 1

    def test_finishing_pool_runs_jobs(self):
        with conc.finishing_pool() as pool:
            assert list(pool.map(lambda m: m * 2, [1, 2, 3])) == [2, 4, 6]

    def test_finishing_pool_under_load(self):
        with conc.finishing_pool() as pool:
            assert sum(pool.map(lambda m: m, range(100))) == 4950

    def test_twisting_pool(self):
        with conc.twisting_pool() as pool:
            assert list(pool.map(str.upper, ["z", "s"])) == ["Z", "S"]

    def test_spool_queue_order(self):
        q = conc.spool_queue()
        q.put("SP-1")
        q.put("SP-2")
        assert q.get() == "SP-1"

    def test_walk_machines_share_tools(self):
        walk = conc.Walk()
        errors = []

        def run(step):
            try:
                step()
            except conc.LockTimeout as error:
                errors.append(error)

        _run([threading.Thread(target=run, args=(walk.tar_then_hook,)),
              threading.Thread(target=run, args=(walk.hook_then_tar,))])
        if errors:
            raise errors[0]

    def test_walk_single_machine(self):
        conc.Walk().tar_then_hook()

    def test_workers_override(self):
        os.environ["ROPEWALK_WORKERS"] = "1"
        assert conc.workers_from_env() == 1

    def test_workers_default(self):
        assert conc.workers_from_env() == 4

    @pytest.mark.parametrize("machines", [2, 8, 32], ids=lambda n: f"{n}-machines")
    def test_twisting_under_load(self, machines):
        with conc.twisting_pool() as pool:
            assert len(list(pool.map(lambda m: m, range(machines)))) == machines

    def test_event_wakes_waiter(self):
        ready = threading.Event()
        threading.Timer(0.01, ready.set).start()
        assert ready.wait(2)

    def test_condition_handover(self):
        cond = threading.Condition()
        box = []

        def produce():
            with cond:
                box.append("coil")
                cond.notify()

        with cond:
            threading.Thread(target=produce).start()
            assert cond.wait_for(lambda: box, timeout=2)

    def test_barrier_of_three(self):
        barrier = threading.Barrier(3, timeout=2)
        _run([threading.Thread(target=barrier.wait) for _ in range(3)])
        assert barrier.n_waiting == 0

    def test_semaphore_bounds(self):
        sem = threading.BoundedSemaphore(2)
        assert sem.acquire(timeout=0.1) and sem.acquire(timeout=0.1)
        assert not sem.acquire(timeout=0.05)

    def test_timer_cancel(self):
        fired = []
        timer = threading.Timer(0.5, lambda: fired.append(1))
        timer.start()
        timer.cancel()
        time.sleep(0.01)
        assert fired == []

    def test_local_state_per_thread(self):
        local = threading.local()
        seen = []

        def mark(n):
            local.n = n
            seen.append(local.n)

        _run([threading.Thread(target=mark, args=(i,)) for i in range(4)])
        assert sorted(seen) == [0, 1, 2, 3]
