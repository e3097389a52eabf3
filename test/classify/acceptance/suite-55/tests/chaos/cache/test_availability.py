import time

import pytest

from fellcall import team

pytestmark = pytest.mark.chaos


def test_available_members_follow_changes():
    store = {}
    team.set_available(store=store, member="j.hartley", available=True)
    team.set_available(store=store, member="m.rigg", available=False)
    assert team.available_members(store) == ["j.hartley"]
    team.set_available(store=store, member="m.rigg", available=True)
    assert team.available_members(store) == ["j.hartley", "m.rigg"]


def test_kit_overdue_after_ttl():
    timer = team.KitTimer(ttl=0.2)
    timer.check_out("stretcher-2")
    time.sleep(0.1)
    assert timer.overdue() == ["stretcher-2"]


def test_kit_not_overdue_at_once():
    timer = team.KitTimer(ttl=5)
    timer.check_out("vacmat-1")
    assert timer.overdue() == []
