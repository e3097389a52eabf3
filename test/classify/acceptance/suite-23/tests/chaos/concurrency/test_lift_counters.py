import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from snowgate import lifts, passes

pytestmark = pytest.mark.chaos


def test_rides_counted_from_every_gate():
    counter = lifts.RideCounter()

    def gate():
        for _ in range(250):
            counter.record("gondola")

    threads = [threading.Thread(target=gate) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.rides["gondola"] == 2000


def test_close_lift_while_board_refreshes():
    board = lifts.LiftBoard(["gondola", "summit-chair"])
    closer = threading.Thread(target=board.close, args=("gondola",))
    refresher = threading.Thread(target=board.refresh)
    closer.start()
    refresher.start()
    closer.join()
    refresher.join()
    assert "gondola: closed" in board.summary


def test_rides_visible_after_gates_run():
    counter = lifts.RideCounter()

    def gate():
        for _ in range(100):
            counter.record("summit-chair")

    for _ in range(4):
        threading.Thread(target=gate, daemon=True).start()
    time.sleep(0.01)
    assert counter.rides.get("summit-chair") == 400


def test_price_quotes_in_pool():
    orders = [("adult", 1), ("child", 3), ("family", 6), ("senior", 1)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        quotes = list(pool.map(lambda order: passes.price(*order), orders))
    assert len(quotes) == 4


def test_gate_readers_one_thread_each():
    stop = threading.Event()
    readers = []
    try:
        for _ in range(200):
            reader = threading.Thread(target=stop.wait, daemon=True)
            reader.start()
            readers.append(reader)
    finally:
        stop.set()
    assert len(readers) == 200
