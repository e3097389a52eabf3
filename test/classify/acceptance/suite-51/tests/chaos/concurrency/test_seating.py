import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bowstring import seating

pytestmark = pytest.mark.chaos


def test_parallel_seat_taking():
    plan = seating.SeatPlan(200)
    threads = [threading.Thread(target=plan.take) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert plan.free == 160


def test_desk_swaps_finish():
    desks = seating.Desks(2)
    first = threading.Thread(target=desks.move, args=(0, 1), daemon=True)
    second = threading.Thread(target=desks.move, args=(1, 0), daemon=True)
    first.start()
    second.start()
    first.join(timeout=1)
    second.join(timeout=1)
    assert not first.is_alive() and not second.is_alive(), "desk swaps still running after 1 s"


def test_section_sizes_in_parallel():
    with ThreadPoolExecutor(max_workers=4) as pool:
        sizes = list(pool.map(seating.section_size, ["violin", "viola", "cello", "harp"]))
    assert sum(sizes) > 0


def test_seat_taking_finishes():
    plan = seating.SeatPlan(40)
    for _ in range(20):
        threading.Thread(target=plan.take).start()
    time.sleep(0.001)
    assert plan.taken == 20


@pytest.mark.parametrize("seats", [1, 2, 4, 8, 16, 32])
def test_single_thread_seat_taking(seats):
    plan = seating.SeatPlan(64)
    for _ in range(seats):
        plan.take()
    assert plan.free == 64 - seats
