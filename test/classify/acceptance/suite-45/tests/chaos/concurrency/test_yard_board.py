import asyncio
import threading
import time

import pytest

from boltyard import yard

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_parallel_check_ins_counted():
    board = yard.YardBoard()
    hands = [threading.Thread(target=board.check_in_one) for _ in range(20)]
    for hand in hands:
        hand.start()
    for hand in hands:
        hand.join()
    assert board.checked_in == 20


def test_swap_bays_both_ways():
    board = yard.YardBoard()
    one = threading.Thread(target=board.swap_bays, args=("bay-1", "bay-2"), daemon=True)
    two = threading.Thread(target=board.swap_bays, args=("bay-2", "bay-1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_service_plan():
    assert yard.service_plan(["mini-digger", "dumper-3t", "breaker"])["breaker"] > 0


def test_wash_bay_bookings():
    bays = yard.WashQueue()
    for machine in ["MD-1", "MD-2", "MD-3", "MD-4", "DU-1"]:
        bays.book(machine)


def test_return_desk():
    checked = asyncio.run(yard.return_desk(["MD-1", "MD-2"]))
    assert [entry["machine"] for entry in checked] == ["MD-1", "MD-2"]


def test_reminder_sent():
    reminders = yard.Reminders()
    reminders.remind_later("H-2041")
    time.sleep(0.1)
    assert reminders.sent == ["H-2041"]
