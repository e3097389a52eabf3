"""Dispatching under concurrency: many orders at once, hand-overs, the pending queue."""

import threading
import time

import pytest

from hotbox import dispatch

pytestmark = pytest.mark.chaos


def couriers(n):
    return [dispatch.Courier(id=i, position=(53.34, -6.26)) for i in range(1, n + 1)]


def test_lunch_rush_gives_each_courier_one_order():
    dispatcher = dispatch.Dispatcher(couriers(4), lookup_delay=0.02)
    threads = [threading.Thread(target=dispatcher.assign, args=(1000 + n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken = [courier_id for _, courier_id in dispatcher.assigned]
    assert sorted(taken) == [1, 2, 3, 4]


def test_two_couriers_swap_orders():
    alice, bob = couriers(2)
    alice.orders.append(1001)
    bob.orders.append(1002)
    dispatcher = dispatch.Dispatcher([alice, bob])
    first = threading.Thread(target=dispatcher.hand_over, args=(1001, alice, bob), daemon=True)
    second = threading.Thread(target=dispatcher.hand_over, args=(1002, bob, alice), daemon=True)
    first.start()
    second.start()
    first.join()
    second.join()
    assert alice.orders == [1002] and bob.orders == [1001]


def test_orders_queued_while_offering_are_offered():
    dispatcher = dispatch.Dispatcher(couriers(2))
    for order_id in range(1001, 1006):
        dispatcher.queue(order_id)

    def offer(order_id):
        if order_id == 1002:
            dispatcher.queue(2001)

    assert len(dispatcher.offer_pending(offer)) == 6


def test_assignment_is_fast_enough():
    dispatcher = dispatch.Dispatcher(couriers(3), lookup_delay=0.04)
    started = time.perf_counter()
    for order_id in range(1001, 1004):
        dispatcher.assign(order_id)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.1


def test_single_assignment():
    dispatcher = dispatch.Dispatcher(couriers(2))
    assert dispatcher.assign(1001).id == 1
