import asyncio

import pytest

from roomwise import housekeeping

pytestmark = pytest.mark.chaos


def test_group_check_in():
    desk = housekeeping.CheckInDesk()
    assert asyncio.run(desk.check_in_all(["ada", "bob", "cy"])) == ["ada", "bob", "cy"]


def test_assign_rooms():
    assert housekeeping.sync_assign(["ada", "bob", "cy"]) == ["ada:101", "bob:101", "cy:101"]


def test_late_checkout():
    desk = housekeeping.CheckInDesk()
    assert asyncio.run(housekeeping.late_checkout(desk, "ada")) == ["ada:101"]


def test_single_check_in():
    desk = housekeeping.CheckInDesk()
    asyncio.run(desk.check_in("dee"))
    assert desk.checked_in == ["dee"]
