import queue
import threading
import time

import pytest

from tideshelf import auction
from tideshelf.auction import Floor, Lot

pytestmark = pytest.mark.chaos


def floor_with(*lots):
    floor = Floor()
    for number, boxes in lots:
        floor.add(Lot(number, boxes))
    return floor


@pytest.mark.flaky(reruns=2)
def test_buyers_sell_concurrently():
    floor = floor_with((1, 400))
    buyers = [threading.Thread(target=lambda n=n: [floor.sell(1, 1, f"b-{n}") for _ in range(20)]) for n in range(10)]
    for buyer in buyers:
        buyer.start()
    for buyer in buyers:
        buyer.join()
    assert floor.lots[1].sold == 200


def test_transfer_both_ways():
    floor = floor_with((1, 40), (2, 40))
    one = threading.Thread(target=floor.transfer, args=(1, 2, 5), daemon=True)
    two = threading.Thread(target=floor.transfer, args=(2, 1, 3), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()
    assert floor.lots[1].sold == -2


def test_settle_lot():
    floor_with((1, 40)).settle(1)


def test_floor_slots():
    floor = floor_with((1, 40))
    for _ in range(3):
        floor.enter()
    for _ in range(4):
        floor.leave()


def test_snapshot_while_selling():
    floor = floor_with(*[(n, 100) for n in range(200)])
    stop = threading.Event()

    def seller():
        n = 0
        while not stop.is_set():
            floor.add(Lot(1000 + n, 5))
            floor.lots[1000 + n].buyers["b-1"] = 1
            n += 1

    thread = threading.Thread(target=seller)
    thread.start()
    try:
        for _ in range(2000):
            floor.lots[0].buyers["b-2"] = 1
            floor.snapshot()
    finally:
        stop.set()
        thread.join()


def test_floor_closes_in_time():
    floor = floor_with((1, 40))
    threading.Timer(0.05, lambda: setattr(floor, "closed", True)).start()
    floor.wait_closed(timeout=0.5)


def test_scale_weighs_every_crate():
    crates, results = queue.Queue(), queue.Queue()
    auction.weigh_all(crates, results)
    for crate in ({"kilos": 20, "boxes": 2}, {"kilos": 18, "boxes": None}, {"kilos": 22, "boxes": 1}):
        crates.put(crate)
    weights = [results.get(timeout=0.5) for _ in range(3)]
    assert sum(weights) == 62


def test_chill_rooms_in_background():
    from tideshelf.grading import chill_all
    rooms = [{"name": f"room-{n}"} for n in range(4)]
    chill_all(rooms)
    time.sleep(0.01)
    assert all(room.get("chilled") for room in rooms)


def test_round_after_shutdown_of_floor():
    auction.shutdown()
    assert auction.submit_round(7, [410, 415]).result() == 415


def test_next_round_submitted():
    assert auction.submit_round(8, [300, 290]).result() == 300


def test_many_buyers_connected():
    threads = []
    stop = threading.Event()
    try:
        for _ in range(200):
            thread = threading.Thread(target=stop.wait)
            thread.start()
            threads.append(thread)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
