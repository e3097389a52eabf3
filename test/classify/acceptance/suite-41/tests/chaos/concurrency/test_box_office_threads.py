import threading
import time

import pytest

from reelhouse import screens

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_parallel_sales_counted():
    counter = screens.SeatCounter(200)
    workers = [threading.Thread(target=counter.sell_one) for _ in range(20)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert counter.sold == 20


def test_moves_both_ways():
    counter = screens.SeatCounter(200)
    one = threading.Thread(target=counter.move_booking, args=("screen-1", "screen-2"), daemon=True)
    two = threading.Thread(target=counter.move_booking, args=("screen-2", "screen-1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_shows_today():
    assert screens.shows_today(["screen-1", "screen-2", "screen-3"]) == 3


def test_announcement_sent():
    announcements = screens.Announcements()
    announcements.send_later("screen 2 doors open")
    time.sleep(0.1)
    assert announcements.sent == ["screen 2 doors open"]
