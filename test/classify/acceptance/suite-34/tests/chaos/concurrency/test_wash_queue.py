import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from rinseway.queue import StampCard, WashQueue


def test_no_machine_claimed_twice():
    queue = WashQueue()
    for machine in range(4):
        queue.add_machine(machine)
    claimed = []
    threads = [threading.Thread(target=lambda: claimed.append(queue.claim())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken = [machine for machine in claimed if machine is not None]
    assert len(taken) == len(set(taken))


def test_stamps_counted_under_load():
    card = StampCard()
    with ThreadPoolExecutor(8) as pool:
        for _ in range(400):
            pool.submit(card.stamp)
    assert card.stamps == 400


def test_move_and_settle_together():
    queue = WashQueue()
    queue.add_machine(1)
    queue.add_machine(2)
    mover = threading.Thread(target=queue.move, args=(1, 3), daemon=True)
    settler = threading.Thread(target=queue.settle, args=(2,), daemon=True)
    mover.start()
    settler.start()
    mover.join()
    settler.join()


def test_price_lookups_in_pool():
    prices = {"cotton": 450, "synthetic": 400}
    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(lambda program: prices[program], ["cotton", "wool", "synthetic"]))
    assert sum(totals) > 0



def test_all_tills_start_shift():
    barrier = threading.Barrier(5, timeout=0.5)
    threads = [threading.Thread(target=barrier.wait) for _ in range(3)]
    for thread in threads:
        thread.start()
    barrier.wait()


@pytest.mark.flaky(reruns=2)
def test_claim_after_release():
    queue = WashQueue()
    queue.add_machine(1)
    queue.free[1] = False
    released = []

    def release():
        time.sleep(0.05)
        queue.free[1] = True
        released.append(1)
    threading.Thread(target=release).start()
    time.sleep(0.01)
    assert queue.claim() == 1
