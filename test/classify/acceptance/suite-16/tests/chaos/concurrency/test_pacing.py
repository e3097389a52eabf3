import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bidlark import workers

pytestmark = pytest.mark.chaos

ATTEMPTS = {"count": 0}


def test_parallel_charges_keep_budget():
    pacer = workers.Pacer(1_000_000)
    with ThreadPoolExecutor(8) as pool:
        for _ in range(400):
            pool.submit(pacer.charge, 1_000)
    assert pacer.remaining == 600_000


@pytest.mark.timeout(2)
def test_budget_moves_both_ways():
    links = workers.Exchanges()
    one = threading.Thread(target=links.move_budget, args=("openx", "magnite"), daemon=True)
    two = threading.Thread(target=links.move_budget, args=("magnite", "openx"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_scores_in_pool():
    assert workers.score_all([{"floor": 0.2}, {"floor": 0.5}], 2) == [0.4, 1.0]


def test_retried_requests_release_once():
    async def handle(request):
        await asyncio.sleep(0)
        return request["id"]

    requests = [{"id": "a"}, {"id": "b", "retried": True}]
    assert asyncio.run(workers.bid_all(requests, handle)) == ["a", "b"]


def test_deadline_in_worker_thread():
    assert workers.in_worker_catching(workers.with_deadline, 0.2, lambda: 42) == 42


def test_pacing_lock_after_failed_run(tmp_path):
    lock = tmp_path / "pacing.lock"
    with pytest.raises(ZeroDivisionError):
        with workers.pacing_lock(lock):
            1 / 0
    with workers.pacing_lock(lock):
        pass


@pytest.mark.flaky(reruns=1)
def test_stages_start_together():
    workers.start_stages()


@pytest.mark.flaky(reruns=1)
def test_warm_pool_within_budget():
    ATTEMPTS["count"] += 1
    delay = 0.4 if ATTEMPTS["count"] == 1 else 0.0

    async def warm():
        await asyncio.sleep(delay)
        return "warm"

    async def main():
        return await asyncio.wait_for(warm(), timeout=0.2)

    assert asyncio.run(main()) == "warm"
