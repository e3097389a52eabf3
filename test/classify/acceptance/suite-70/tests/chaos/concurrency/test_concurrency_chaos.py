import threading
import time

import pytest

from pontil import concurrency


def run_threads(target, count):
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.chaos
class TestConcurrency:
    def test_counter_single_thread(self):
        counter = concurrency.PieceCounter()
        for _ in range(50):
            counter.add()
        assert counter.count == 50

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_counter_under_load(self, users):
        counter = concurrency.PieceCounter()
        run_threads(counter.add, min(users, 100))
        assert counter.count == min(users, 100)

    def test_lehr_moves_one_way(self):
        lehr = concurrency.Lehr()
        lehr.to_cool()
        lehr.to_cool()
        assert lehr.moves == 2

    def test_lehr_moves_both_ways(self):
        lehr = concurrency.Lehr()
        errors = []

        def move(step):
            try:
                step()
            except concurrency.DeadlockError as error:
                errors.append(error)

        threads = [threading.Thread(target=move, args=(lehr.to_cool,)),
                   threading.Thread(target=move, args=(lehr.to_hot,))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        assert lehr.moves == 2

    def test_alarm_listener_starts(self):
        listener = concurrency.AlarmListener().start()
        assert listener.sock.getsockname()[1] == listener.port
        listener.stop()

    def test_alarm_listener_restarts(self):
        time.sleep(0.1)
        listener = concurrency.AlarmListener().start()
        assert listener.sock.getsockname()[1] == listener.port
        listener.stop(grace=0)

    def test_glaze_queue_drains(self):
        queue = concurrency.GlazeQueue(workers=2)
        for number in range(6):
            queue.submit(f"bowl-{number}", seconds=0.03)
        time.sleep(0.1)
        assert len(queue.done) == 6

    def test_glaze_queue_waits(self):
        queue = concurrency.GlazeQueue(workers=2)
        futures = [queue.submit(f"vase-{number}") for number in range(4)]
        for future in futures:
            future.result()
        assert sorted(queue.done) == [f"vase-{number}" for number in range(4)]

    def test_finish_times_for_pieces(self):
        assert concurrency.finish_times(["piece-1", "vase-2"]) == {"piece-1": 2, "vase-2": 3}

    def test_finish_times_for_bowls(self):
        assert concurrency.finish_times(["bowl-2"]) == {"bowl-2": 2}

    def test_event_wakes_waiter(self):
        event = threading.Event()
        threading.Timer(0.01, event.set).start()
        assert event.wait(1.0)

    def test_lock_released_after_error(self):
        lock = threading.Lock()
        with pytest.raises(ValueError):
            with lock:
                raise ValueError("cracked")
        assert not lock.locked()

    def test_barrier_of_bench(self):
        barrier = threading.Barrier(3)
        run_threads(barrier.wait, 3)
        assert barrier.n_waiting == 0

    def test_condition_notifies(self):
        condition = threading.Condition()
        ready = []

        def produce():
            with condition:
                ready.append(1)
                condition.notify()

        with condition:
            threading.Thread(target=produce).start()
            assert condition.wait_for(lambda: ready, timeout=1.0)

    def test_semaphore_limits_benches(self):
        benches = threading.Semaphore(2)
        assert benches.acquire(timeout=0.1)
        assert benches.acquire(timeout=0.1)
        assert not benches.acquire(timeout=0.05)

    def test_thread_local_bench(self):
        local = threading.local()
        local.bench = 3
        seen = []
        run_threads(lambda: seen.append(getattr(local, "bench", None)), 1)
        assert seen == [None]

    def test_timer_cancelled(self):
        fired = []
        timer = threading.Timer(0.05, lambda: fired.append(1))
        timer.start()
        timer.cancel()
        time.sleep(0.1)
        assert fired == []

    def test_alarm_listener_port_from_setting(self):
        assert concurrency.AlarmListener().port > 1024

    def test_glaze_queue_order_kept_with_one_worker(self):
        queue = concurrency.GlazeQueue(workers=1)
        futures = [queue.submit(f"cup-{number}", seconds=0) for number in range(3)]
        for future in futures:
            future.result()
        assert queue.done == ["cup-0", "cup-1", "cup-2"]
