import threading
import time

import pytest

from fellcall import team

pytestmark = pytest.mark.chaos


def test_callout_counter_under_load():
    counter = team.CalloutCounter()
    workers = [threading.Thread(target=lambda: [counter.record() for _ in range(50)]) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert counter.count == 400


def test_brief_all_members():
    sent = []
    team.brief_all(["j.hartley", "a.okafor", "m.rigg", "coord.lee"], sent.append)
    time.sleep(0.12)
    assert sorted(sent) == ["a.okafor", "coord.lee", "j.hartley", "m.rigg"]


def test_brief_nobody():
    assert team.brief_all([], print) == []
