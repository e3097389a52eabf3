import threading
import time

import pytest

from roomwise import housekeeping

pytestmark = pytest.mark.chaos


def test_parallel_cleaning_counted():
    board = housekeeping.Board(["1", "2"])
    attendants = [threading.Thread(target=board.mark_cleaned) for _ in range(30)]
    for attendant in attendants:
        attendant.start()
    for attendant in attendants:
        attendant.join()
    assert board.cleaned == 30


def test_carts_cross_floors():
    board = housekeeping.Board(["1", "2"])
    one = threading.Thread(target=board.move_cart, args=("1", "2"), daemon=True)
    two = threading.Thread(target=board.move_cart, args=("2", "1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_cleaning_minutes():
    assert housekeeping.cleaning_minutes(["standard", "suite", "penthouse"]) == [25, 50, 80]


def test_linen_runs():
    assert len(housekeeping.linen_runs(4)) == 4


def test_minibar_restock():
    assert housekeeping.minibar_restock(["water", "cola", "crisps"]) == 3


def test_drop_empty_floors():
    board = housekeeping.Board(["1", "2", "3"])
    board.rooms["2"].append("201")
    board.drop_empty_floors()
    assert list(board.rooms) == ["2"]


def test_inspect_after_empty_floor():
    board = housekeeping.Board(["1", "2"])
    assert housekeeping.start_inspection(board, "1") == 0
    assert housekeeping.inspect_floor(board, "1") == 0


def test_room_ready_announced():
    board = housekeeping.Board(["1"])
    board.announce_ready("101")
    assert board.rooms["ready"] == ["101"]


def test_lift_rides():
    housekeeping.ride_lift(3)


def test_turndown_pool_closed_at_night():
    housekeeping.shutdown_turndown()


def test_turndown_rooms():
    assert housekeeping.turndown(["101", "102"]) == ["101", "102"]


def test_wake_up_call_placed():
    calls = housekeeping.WakeUpCalls()
    calls.schedule("101")
    time.sleep(0.05)
    assert calls.placed == ["101"]


_runs = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_two_attendants_at_once():
    _runs["count"] += 1
    board = housekeeping.Board(["1"])
    attendants = [threading.Thread(target=board.mark_cleaned) for _ in range(3 if _runs["count"] == 1 else 1)]
    for attendant in attendants:
        attendant.start()
    for attendant in attendants:
        attendant.join()
    assert board.cleaned == len(attendants)
