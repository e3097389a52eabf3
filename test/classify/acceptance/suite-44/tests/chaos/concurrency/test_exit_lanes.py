import asyncio

import pytest

from baywarden import gates

pytestmark = pytest.mark.chaos


def test_exit_rush():
    lane = gates.ExitLane()
    assert asyncio.run(lane.open_all(["AB12 CDE", "CD34 EFG", "EF56 HIJ"])) == ["AB12 CDE", "CD34 EFG", "EF56 HIJ"]


def test_single_exit():
    lane = gates.ExitLane()
    asyncio.run(lane.open_for("GH78 KLM"))
    assert lane.opened == ["GH78 KLM"]
