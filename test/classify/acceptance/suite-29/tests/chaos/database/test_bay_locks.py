"""Loading bays locked through ZooKeeper."""
import pytest

from gritline import depotlocks

pytestmark = pytest.mark.chaos


@pytest.fixture
def zk():
    client = depotlocks.client()
    yield client
    client.stop()


def test_bay_lock_exclusive(zk):
    with depotlocks.bay_lock(zk, "north", 1):
        assert not depotlocks.bay_lock(zk, "north", 1).acquire(blocking=False)


def test_bay_lock_released(zk):
    with depotlocks.bay_lock(zk, "north", 2):
        pass
    assert depotlocks.bay_lock(zk, "north", 2).acquire(timeout=1)


def test_bays_independent(zk):
    with depotlocks.bay_lock(zk, "north", 1):
        assert depotlocks.bay_lock(zk, "north", 3).acquire(timeout=1)


def test_depots_independent(zk):
    with depotlocks.bay_lock(zk, "north", 1):
        assert depotlocks.bay_lock(zk, "south", 1).acquire(timeout=1)


def test_lock_contenders_listed(zk):
    lock = depotlocks.bay_lock(zk, "south", 4)
    with lock:
        assert lock.contenders() == ["gritline"]
