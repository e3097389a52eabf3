import threading

import pytest

from starwick import seats

pytestmark = pytest.mark.chaos


def test_parallel_bookings_all_counted():
    night = seats.Night(capacity=200)
    threads = [threading.Thread(target=night.book, args=(1,)) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert night.booked == 50


def test_refund_and_transfer_together():
    night = seats.Night(capacity=40)
    night.booked = 10
    a = threading.Thread(target=night.refund, args=(2,), daemon=True)
    b = threading.Thread(target=night.transfer, args=(3,), daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()
    assert night.booked == 11


def test_school_group_checkins():
    done = []

    def work(visitor):
        threading.Event().wait(0.5)
        done.append(visitor)

    assert seats.parallel_checkins(range(400), work) == 400
