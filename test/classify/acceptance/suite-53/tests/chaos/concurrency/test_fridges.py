import threading
import time

import pytest

from redcell.fridges import Bench, Counter, alarm_after


def test_readings_from_every_probe():
    counter = Counter()

    def probe():
        for _ in range(2000):
            counter.record()
    threads = [threading.Thread(target=probe) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.readings == 8000


def test_crossmatch_while_restocking():
    bench = Bench()
    workers = [threading.Thread(target=bench.crossmatch, daemon=True),
               threading.Thread(target=bench.restock, daemon=True)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=2)
    assert not any(worker.is_alive() for worker in workers), "bench workers still running after 2 s"


def test_alarm_on_warm_fridge():
    results = []
    alarm_after([3.9, 4.2, 6.8], limit=6.0, results=results)
    time.sleep(0.1)
    assert results[0] is True


@pytest.mark.parametrize("readings,expected", [([3.5, 4.0], False), ([2.0, 6.5], True), ([], False)])
def test_alarm_joined(readings, expected):
    results = []
    alarm_after(readings, limit=6.0, results=results).join()
    assert results == [expected]


def test_single_probe_counts():
    counter = Counter()
    for _ in range(10):
        counter.record()
    assert counter.readings == 10
