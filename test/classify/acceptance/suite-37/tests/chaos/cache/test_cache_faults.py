import time

import pytest

from stowfold import cache
from tests.conftest import line_answers


@pytest.mark.flaky(reruns=2)
def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+PONG\r\n"}, stall_after=1))
    client = cache.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert cache.UnitCache(client).get("northgate") is None


def test_cache_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    cache.connect(f"redis://127.0.0.1:{stub.port}/0")


def test_override_holder():
    assert cache.gate_lock_holder("A101") is None


def test_hours_memo_expires():
    memo = cache.HoursMemo(ttl=0.5)
    memo.hours("northgate", lambda site: "06:00-22:00")
    time.sleep(0.2)
    assert memo.hours("northgate", lambda site: "07:00-21:00") == "07:00-21:00"
