import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from humpyard import concurrency

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])


def in_threads(count, target, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.chaos
class TestConcurrency:
    def test_cut_counter_single_thread(self):
        counter = concurrency.CutCounter()
        for _ in range(100):
            counter.roll()
        assert counter.count == 100

    @LOADS
    def test_cut_counter_under_load(self, users):
        counter = concurrency.CutCounter()

        def roll_many():
            for _ in range(20):
                counter.roll()

        in_threads(min(users, 50), roll_many)
        assert counter.count == min(users, 50) * 20

    def test_route_set(self):
        interlocking = concurrency.Interlocking(["P101", "P102"])
        interlocking.set_route("P101", "P102")
        assert interlocking.routes == [("P101", "P102")]

    @pytest.mark.timeout(5)
    def test_routes_set_from_both_ends(self):
        interlocking = concurrency.Interlocking(["P101", "P102"])
        up = threading.Thread(target=interlocking.set_route, args=("P101", "P102"))
        down = threading.Thread(target=interlocking.set_route, args=("P102", "P101"))
        up.start()
        down.start()
        up.join()
        down.join()
        assert len(interlocking.routes) == 2

    def test_dispatch_one_train(self):
        dispatcher = concurrency.Dispatcher()
        try:
            plan = dispatcher.plan_train("6M40", [1, 2, 3, 4])
        finally:
            dispatcher.close()
        assert [cut["track"] for cut in plan["cuts"]] == [1, 2, 3, 4]

    @LOADS
    def test_dispatch_trains_under_load(self, users):
        dispatcher = concurrency.Dispatcher()
        trains = {f"6M{train:02d}": list(range(4)) for train in range(max(1, users // 50))}
        try:
            plans = dispatcher.plan_trains(trains)
        finally:
            dispatcher.close()
        assert len(plans) == len(trains)

    def test_dispatch_within_budget(self):
        dispatcher = concurrency.Dispatcher()
        started = time.perf_counter()
        try:
            dispatcher.plan_train("6M40", list(range(8)))
        finally:
            dispatcher.close()
        assert time.perf_counter() - started < 0.045

    def test_dispatcher_threads_named(self):
        dispatcher = concurrency.Dispatcher()
        try:
            name = dispatcher.pool.submit(lambda: threading.current_thread().name).result()
        finally:
            dispatcher.close()
        assert name.startswith("dispatch")

    def test_hump_queue_drains(self):
        hump = concurrency.HumpQueue()
        for cut in range(10):
            hump.push(cut)
        assert hump.drain() == list(range(10))

    @LOADS
    def test_hump_queue_under_load(self, users):
        hump = concurrency.HumpQueue()
        with ThreadPoolExecutor(max_workers=min(users, 50)) as yards:
            pushes = [yards.submit(hump.push, cut) for cut in range(min(users, 50) * max(1, users // 50))]
            for push in pushes:
                push.result()
        assert len(hump.drain()) == min(users, 50) * max(1, users // 50)

    def test_retarders_light_load(self):
        slots = concurrency.RetarderSlots()
        for cut in range(1, 6):
            slots.brake(cut)
        assert slots.braked == 5

    def test_retarders_whole_train(self):
        slots = concurrency.RetarderSlots()
        errors = []

        def brake(cut):
            try:
                slots.brake(cut)
            except TimeoutError as error:
                errors.append(error)

        for cut in range(1, 31):
            brake(cut)
        if errors:
            raise errors[0]
        assert slots.braked == 26

    @LOADS
    def test_weigh_bridge_under_load(self, users):
        bridge = concurrency.WeighBridge()
        try:
            weights = bridge.weigh_all([(22.0, 22.0 + wagon % 60) for wagon in range(users)])
        finally:
            bridge.close()
        assert sum(weights) == sum(wagon % 60 for wagon in range(users))

    def test_weigh_bridge_survives_a_killed_worker(self):
        bridge = concurrency.WeighBridge()
        try:
            victim = sorted(bridge.worker_pids())[0]
            os.kill(victim, signal.SIGKILL)
            time.sleep(0.2)
            weights = bridge.weigh_all([(22.0, 86.0), (21.5, 30.0)])
        finally:
            bridge.close()
        assert weights == [64.0, 8.5]
