import threading
import time

import pytest
import requests

from parcelwick import depot, tokens
from parcelwick.carriers import Tracking
from parcelwick.settings import settings


def run_threads(target, count):
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class TestConcurrency:
    def test_counter_under_threads(self):
        counter = depot.Counter()
        run_threads(lambda: [counter.add() for _ in range(1000)], 8)
        assert counter.value == 8000

    @pytest.mark.parametrize("users", [10, 100])
    def test_counter_load(self, users):
        counter = depot.Counter()
        run_threads(counter.add, users)
        assert counter.value == users

    def test_token_fetched_once_for_all_workers(self):
        conf = settings()
        sorter = tokens.TokenClient(conf["idp_url"], "dispatch", conf["clients"]["dispatch"])
        before = requests.get(f"{conf['idp_url']}/stats", params={"client": "dispatch"}, timeout=2).json()
        run_threads(sorter.token, 8)
        after = requests.get(f"{conf['idp_url']}/stats", params={"client": "dispatch"}, timeout=2).json()
        assert after - before == 1

    def test_rate_limiter_single_thread(self, sess, conf):
        limiter = depot.RateLimiter(3, lambda: sess.post(f"{conf['carrier_url']}/v1/usage", timeout=2))
        assert [limiter.acquire() for _ in range(5)] == [True, True, True, False, False]

    def test_rate_limiter_under_threads(self, conf):
        granted = []
        limiter = depot.RateLimiter(
            10, lambda: requests.post(f"{conf['carrier_url']}/v1/usage", timeout=2)
        )
        run_threads(lambda: granted.append(limiter.acquire()), 30)
        assert granted.count(True) <= 10

    def test_locker_move(self):
        banks = depot.LockerBanks(["leeds-1", "leeds-2"])
        banks.parcels["leeds-1"].append("PW1")
        banks.move("PW1", "leeds-1", "leeds-2")
        assert banks.parcels == {"leeds-1": [], "leeds-2": ["PW1"]}

    def test_locker_moves_both_ways(self):
        banks = depot.LockerBanks(["leeds-1", "leeds-2"], wait=1.0)
        banks.parcels["leeds-1"].append("PW1")
        banks.parcels["leeds-2"].append("PW2")
        errors = []

        def move(parcel, source, target):
            try:
                banks.move(parcel, source, target, hold=0.2)
            except TimeoutError as exc:
                errors.append(exc)

        one = threading.Thread(target=move, args=("PW1", "leeds-1", "leeds-2"))
        two = threading.Thread(target=move, args=("PW2", "leeds-2", "leeds-1"))
        one.start()
        two.start()
        one.join()
        two.join()
        if errors:
            raise errors[0]
        assert sorted(banks.parcels["leeds-1"] + banks.parcels["leeds-2"]) == ["PW1", "PW2"]

    def test_parallel_tracking(self):
        parcels = [f"PW{n:04d}" for n in range(12)]
        assert set(depot.track_all(lambda p: Tracking().status(p, version="v2"), parcels).values()) == {"in transit"}

    def test_parallel_tracking_with_exports(self):
        parcels = [f"PW{n:04d}" for n in range(6)] + ["PWX0001"]
        statuses = depot.track_all(lambda p: Tracking().status(p, version="v2"), parcels)
        assert len(statuses) == 7

    def test_workers_finish_sorting(self):
        sorted_ = []

        def sort(n):
            time.sleep(0.01 * (n % 5))
            sorted_.append(n)

        for n in range(20):
            threading.Thread(target=sort, args=(n,)).start()
        time.sleep(0.035)
        assert len(sorted_) == 20

    def test_event_signals_worker(self):
        ready = threading.Event()
        threading.Thread(target=ready.set).start()
        assert ready.wait(2)

    def test_barrier_of_sorters(self):
        barrier = threading.Barrier(4)
        passed = []
        run_threads(lambda: passed.append(barrier.wait(2) >= 0), 4)
        assert passed == [True] * 4

    def test_lock_released_on_error(self):
        lock = threading.Lock()
        with pytest.raises(ValueError):
            with lock:
                raise ValueError("jam")
        assert not lock.locked()

    def test_condition_handoff(self):
        cond = threading.Condition()
        items = []

        def produce():
            with cond:
                items.append("PW9")
                cond.notify()

        with cond:
            threading.Thread(target=produce).start()
            cond.wait_for(lambda: items, timeout=2)
        assert items == ["PW9"]

    def test_semaphore_bounds_workers(self):
        slots = threading.Semaphore(2)
        active = []
        peak = []
        guard = threading.Lock()

        def work():
            with slots:
                with guard:
                    active.append(1)
                    peak.append(len(active))
                time.sleep(0.01)
                with guard:
                    active.pop()

        run_threads(work, 6)
        assert max(peak) <= 2

    def test_thread_local_sessions(self):
        local = threading.local()
        seen = []

        def work():
            local.name = threading.current_thread().name
            seen.append(local.name)

        run_threads(work, 3)
        assert len(set(seen)) == 3

    def test_queue_handoff(self):
        import queue

        q = queue.Queue()
        out = []

        def consume():
            for _ in range(10):
                out.append(q.get(timeout=2))

        worker = threading.Thread(target=consume)
        worker.start()
        for n in range(10):
            q.put(n)
        worker.join()
        assert out == list(range(10))

    def test_timer_fires(self):
        fired = threading.Event()
        threading.Timer(0.01, fired.set).start()
        assert fired.wait(2)
