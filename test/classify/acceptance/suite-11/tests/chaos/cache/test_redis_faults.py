"""The holds queue when Redis misbehaves (local stubs speaking Redis's protocol)."""

import time

import pytest

from lendwell import holds

pytestmark = pytest.mark.chaos


def test_holds_after_a_redis_restart(resp_stub):
    port = resp_stub(lambda command: b"-LOADING Redis is loading the dataset in memory\r\n")
    queue = holds.HoldQueue(holds.client(f"redis://127.0.0.1:{port}/3"))
    assert queue.place("9780099589471", "LW000104") == 1


def test_holds_when_redis_is_slow(resp_stub):
    def slow(command):
        time.sleep(1.0)
        return b":1\r\n"

    port = resp_stub(slow)
    queue = holds.HoldQueue(holds.client(f"redis://127.0.0.1:{port}/3"))
    assert queue.place("9780099589471", "LW000105") == 1


def test_holds_when_redis_is_full_of_clients(resp_stub):
    port = resp_stub(lambda command: b"-ERR max number of clients reached\r\n")
    queue = holds.HoldQueue(holds.client(f"redis://127.0.0.1:{port}/3"))
    assert queue.place("9780099589471", "LW000106") == 1


def test_holds_when_redis_answers(resp_stub):
    port = resp_stub(lambda command: b"+OK\r\n" if command[0] == "SELECT" else b":3\r\n")
    queue = holds.HoldQueue(holds.client(f"redis://127.0.0.1:{port}/3"))
    assert queue.place("9780099589471", "LW000107") == 3
