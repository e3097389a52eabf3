import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from rinsewell import presses, stock

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_pressed_count_on_night_shift():
    tally = presses.Tally()
    threads = [threading.Thread(target=lambda: [tally.add(1) for _ in range(200)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert tally.pressed == 800


@pytest.mark.timeout(2)
def test_hand_over_both_ways():
    p = presses.Presses()
    a = threading.Thread(target=p.hand_over, args=("A", "B"))
    b = threading.Thread(target=p.hand_over, args=("B", "A"))
    a.start()
    b.start()
    a.join()
    b.join()


def test_programs_for_delivery():
    assert presses.programs_for(["cotton", "Poly", "Linen"]) == [60, 40, 45]


def test_load_van_on_time():
    assert asyncio.run(presses.load_van([1, 2, 3])) == ["cage-1", "cage-2", "cage-3"]


def test_folder_finishes():
    folder = presses.Folder()
    folder.start(["sheet", "towel", "robe"])
    time.sleep(0.05)
    assert folder.done == ["sheet", "towel", "robe"]


def test_counts_for_every_depot():
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(stock.count, stock.client(), depot, "towels") for depot in ("leeds", "hull", "york")]
        assert [f.result() for f in futures] == [None, None, None]
