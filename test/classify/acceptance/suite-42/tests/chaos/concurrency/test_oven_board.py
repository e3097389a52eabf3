import threading
import time

import pytest

from crumbline import ovens

pytestmark = pytest.mark.chaos


def test_parallel_trays_counted():
    board = ovens.OvenBoard(["o1", "o2"])
    bakers = [threading.Thread(target=board.load_tray) for _ in range(30)]
    for baker in bakers:
        baker.start()
    for baker in bakers:
        baker.join()
    assert board.trays == 30


def test_swap_both_ways():
    board = ovens.OvenBoard(["o1", "o2"])
    one = threading.Thread(target=board.swap, args=("o1", "o2"), daemon=True)
    two = threading.Thread(target=board.swap, args=("o2", "o1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_bake_times():
    assert ovens.bake_times(["sourdough", "rye", "focaccia"]) == [45, 50, 30]


def test_proofed_batches():
    assert len(ovens.proofed_batches(4)) == 4


def test_open_all_ovens():
    assert len(ovens.open_all_ovens(["o1", "o2"])) == 2


def test_clear_empty_ovens():
    board = ovens.OvenBoard(["o1", "o2", "o3"])
    board.loads["o2"].append("rye")
    board.clear_empty()
    assert list(board.loads) == ["o2"]


def test_order_accepted_later():
    intake = ovens.Intake()
    intake.accept_later("A-1")
    time.sleep(0.05)
    assert intake.orders == ["A-1"]


_runs = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_two_bakers_at_once():
    _runs["count"] += 1
    board = ovens.OvenBoard(["o1"])
    bakers = [threading.Thread(target=board.load_tray) for _ in range(3 if _runs["count"] == 1 else 1)]
    for baker in bakers:
        baker.start()
    for baker in bakers:
        baker.join()
    assert board.trays == len(bakers)
