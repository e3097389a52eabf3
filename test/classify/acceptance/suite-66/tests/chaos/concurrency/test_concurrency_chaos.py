import asyncio
import random
import threading
import time

import pytest

from hivekeep import hives

_jitter = random.Random(15)


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("users", [1, 10, 100], ids=lambda n: f"{n}-users")
    def test_visit_counter(self, users):
        assert hives.count_visits(users) == users * 10

    def test_frames_and_supers_moved(self):
        hives.move_frames_to_supers()

    def test_weigh_apiary(self):
        assert hives.weigh_apiary(range(3)) == 6

    def test_weigh_large_apiary(self):
        assert hives.weigh_apiary(range(12)) == 132

    def test_swarm_alert_delivered(self):
        event = asyncio.Event()
        assert asyncio.run(hives.wait_for_swarm_alert(event))

    @pytest.mark.parametrize("n", [1, 5, 20, 100], ids=lambda n: f"{n}-hives")
    def test_weigh_async(self, n):
        assert hives.weigh_async(range(n)) == sum(range(n))

    def test_background_weigh_finishes(self):
        done = []
        worker = threading.Thread(target=lambda: (time.sleep(_jitter.uniform(0.0, 0.2)), done.append(1)))
        worker.start()
        time.sleep(0.1)
        assert done == [1]
        worker.join()

    def test_lock_free_when_idle(self):
        assert not hives._locks["frames"].locked()

    @pytest.mark.parametrize("threads", [2, 4, 8], ids=lambda n: f"{n}-threads")
    def test_threads_join(self, threads):
        workers = [threading.Thread(target=time.sleep, args=(0.01,)) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert not any(w.is_alive() for w in workers)

    def test_event_set_before_wait(self):
        async def run():
            event = asyncio.Event()
            event.set()
            return await hives.wait_for_swarm_alert(event)

        assert asyncio.run(run())

    def test_counter_single_add(self):
        counter = hives.Counter()
        counter.add()
        assert counter.value == 1

    @pytest.mark.parametrize("n", [0, 1, 2], ids=lambda n: f"{n}-weights")
    def test_weights_empty_start(self, n):
        assert isinstance(hives.weights, dict)
