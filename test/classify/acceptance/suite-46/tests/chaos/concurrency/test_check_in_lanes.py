import asyncio

import pytest

from treadmark import lanes

pytestmark = pytest.mark.chaos

_lane_lock = asyncio.Lock()


async def _hold_lane(seconds):
    async with _lane_lock:
        await asyncio.sleep(seconds)


def test_check_in_rush():
    assert asyncio.run(lanes.check_in("cam-1")) == "cam-1"


def test_one_car_per_lane():
    async def both():
        await asyncio.gather(_hold_lane(0.01), _hold_lane(0.01))
    asyncio.run(both())


def test_lane_after_reset():
    async def both():
        await asyncio.gather(_hold_lane(0.01), _hold_lane(0.01))
    asyncio.run(both())
