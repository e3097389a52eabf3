import threading
import time

import pytest

from chairside import chairs

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_no_double_booking():
    board = chairs.ChairBoard([1, 2])
    threads = [threading.Thread(target=board.book, args=(1, "09:00", name)) for name in ("okafor", "byrne", "walsh", "nolan")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(board.bookings[1]) == 1, board.bookings[1]


def test_sessions_counted():
    board = chairs.ChairBoard([1])
    threads = [threading.Thread(target=lambda: [board.start_session() for _ in range(200)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert board.sessions_started == 800


def test_swap_both_ways():
    board = chairs.ChairBoard([1, 2])
    board.bookings[1].append(("10:00", "okafor"))
    board.bookings[2].append(("11:00", "byrne"))
    first = threading.Thread(target=board.swap, args=(1, 2))
    second = threading.Thread(target=board.swap, args=(2, 1))
    first.start()
    second.start()
    first.join()
    second.join()
    assert len(board.bookings[1]) == 1


def test_day_plan():
    assert chairs.day_plan(["checkup", "filling", "root canal", "hygiene"]) == 200


def test_tray_released():
    sterilizer = chairs.Sterilizer()
    sterilizer.release_later("tray-3", 0.05)
    time.sleep(0.01)
    assert sterilizer.take() == "tray-3"


def test_all_desks_ready():
    ready = threading.Barrier(4, timeout=0.5)
    outcomes = []

    def desk():
        try:
            ready.wait()
            outcomes.append("ok")
        except threading.BrokenBarrierError:
            outcomes.append("broken")

    desks = [threading.Thread(target=desk) for _ in range(3)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join()
    ready.wait()
