"""The in-process route cache."""
import threading
import time

import pytest

from gritline import routecache

ROUTES = ["A61-north", "A61-south", "B6045", "Ring-east"]


def test_second_pass_is_cached():
    cache = routecache.RouteCache(routecache.slow_compute)
    for _ in range(2):
        for route in ROUTES:
            cache.plan(route)
    assert cache.hits == len(ROUTES)


def test_plan_is_computed_once():
    cache = routecache.RouteCache(routecache.slow_compute, size=16)
    cache.plan("B6045")
    cache.plan("B6045")
    assert cache.computed == 1


def test_expired_plan_recomputed():
    cache = routecache.RouteCache(routecache.slow_compute, size=16, ttl=0.4)
    cache.plan("B6045")
    time.sleep(0.2)
    cache.plan("B6045")
    assert cache.computed == 2


@pytest.mark.flaky(reruns=2)
def test_cold_start_computes_once():
    cache = routecache.RouteCache(routecache.slow_compute, size=16)
    workers = [threading.Thread(target=cache.plan, args=("A61-north",)) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert cache.computed == 1
