import pytest

from spokewell import coord as coordination

pytestmark = pytest.mark.chaos


def test_join_rebalancers(coord):
    assert "worker-1" in coordination.join_rebalancers(coord)


def test_zone_lock(coord):
    assert coordination.with_zone_lock(coord, "C", lambda: 42) == 42


def test_group_listed(coord):
    coordination.join_rebalancers(coord)
    assert b"rebalancers" in coord.get_groups().get()


def test_leave_group(coord):
    coordination.join_rebalancers(coord)
    coord.leave_group(b"rebalancers").get()


def test_archive_coordinator():
    c = coordination.archive_coordinator("archiver")
    c.stop()


def test_local_coordinator():
    c = coordination.local_coordinator("worker-2")
    c.stop()


def test_zone_lock_in_folder(tmp_path):
    c = coordination.coordinator("worker-3", f"file://{tmp_path}/coord")
    try:
        assert coordination.with_zone_lock(c, "N", lambda: "done") == "done"
    finally:
        c.stop()
