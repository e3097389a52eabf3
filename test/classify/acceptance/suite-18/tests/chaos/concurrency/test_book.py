import asyncio
import threading

import pytest

from oddsmill import feed, workers

pytestmark = pytest.mark.chaos


def test_liability_under_concurrent_bets():
    liability = workers.Liability()
    threads = [threading.Thread(target=liability.add, args=(10,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert liability.total == 80


def test_reprice_and_hedge_together():
    book = workers.Book()
    a = threading.Thread(target=book.reprice)
    b = threading.Thread(target=book.hedge)
    a.start()
    b.start()
    a.join()
    b.join()


def test_reprice_in_processes():
    assert workers.reprice_all([{"home": 2.0}, {"away": 3.0}], 0.05)[0]["home"] == pytest.approx(2.1)


def test_retried_job_releases_its_slot():
    slots = workers.Slots(2)

    def job():
        return "ok"

    job.retried = True
    assert slots.run(job) == "ok"


def test_deadline_in_worker_thread():
    assert workers.deadline_in_thread(2, lambda: 42) == 42


@pytest.mark.parametrize("market", ["EPL-1", "ATP-77"])
def test_stream_frame_arrives(silent_peer, market):
    host, port = silent_peer
    assert feed.next_frame(host, port, market)["market"] == market


_ATTEMPTS = []


@pytest.mark.flaky(reruns=1)
def test_subscriber_registered_before_first_frame():
    registered = threading.Event()

    def register():
        if _ATTEMPTS:
            registered.set()
        else:
            threading.Timer(0.3, registered.set).start()
        _ATTEMPTS.append(1)

    register()
    assert registered.wait(0.1)


def test_queue_drained_in_order():
    async def run():
        queue = asyncio.Queue()
        for item in (1, 2, 3):
            queue.put_nowait(item)
        return [queue.get_nowait() for _ in range(3)]

    assert asyncio.run(run()) == [1, 2, 3]
