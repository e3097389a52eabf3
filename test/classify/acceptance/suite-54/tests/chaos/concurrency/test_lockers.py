import threading
import time

import pytest

from lapwater.lockers import Lockers

pytestmark = pytest.mark.chaos


def test_lockers_taken_from_many_threads():
    lockers = Lockers(200)
    threads = [threading.Thread(target=lambda: [lockers.take() for _ in range(20)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert lockers.free == 40


def test_swap_and_audit_together():
    lockers = Lockers(10)
    a = threading.Thread(target=lockers.swap, args=("locker 12 to 14",), daemon=True)
    b = threading.Thread(target=lockers.audit, daemon=True)
    a.start()
    b.start()
    a.join(timeout=2)
    b.join(timeout=2)
    assert not a.is_alive() and not b.is_alive(), "locker threads still running after 2 s"


def test_swap_is_logged():
    lockers = Lockers(10)
    worker = threading.Thread(target=lambda: (time.sleep(0.2), lockers.swap("locker 3 to 4")))
    worker.start()
    time.sleep(0.05)
    assert lockers.log == ["locker 3 to 4"]
    worker.join()


def test_single_thread_take():
    lockers = Lockers(3)
    lockers.take()
    assert lockers.free == 2


@pytest.mark.parametrize("notes", [1, 2, 5])
def test_swaps_in_sequence(notes):
    lockers = Lockers(10)
    for i in range(notes):
        lockers.swap(f"n{i}")
    assert len(lockers.log) == notes
