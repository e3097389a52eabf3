import threading
import time

import fasteners
import pytest

from spokewell.docks import Dock, LockTimeout

pytestmark = pytest.mark.chaos


def test_reserve_bike():
    assert Dock(7, capacity=10, bikes=3).reserve() == 2


def test_give_back_bike():
    assert Dock(7, capacity=10, bikes=3).give_back() == 4


def test_reserve_from_empty_dock():
    with pytest.raises(ValueError, match="empty"):
        Dock(8, capacity=10, bikes=0).reserve()


def test_concurrent_reservations(tmp_path):
    dock = Dock(9, capacity=20, bikes=16, lock_dir=str(tmp_path))
    threads = [threading.Thread(target=dock.reserve) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert dock.bikes == 0


def test_rebalance_to_target(tmp_path):
    dock = Dock(10, capacity=20, bikes=4, lock_dir=str(tmp_path))
    assert dock.rebalance_to(12) == 8


@pytest.fixture
def held_lock(tmp_path):
    lock = fasteners.InterProcessLock(str(tmp_path / "dock-11.lock"))
    lock.acquire()
    yield tmp_path
    lock.release()


def test_reserve_times_out_while_locked(held_lock):
    dock = Dock(11, capacity=10, bikes=5, lock_dir=str(held_lock))
    with pytest.raises(LockTimeout):
        dock.reserve(timeout=0.2)


def test_free_slots(tmp_path):
    assert Dock(12, capacity=10, bikes=4, lock_dir=str(tmp_path)).free_slots() == 6
