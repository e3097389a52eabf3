"""ETAs and couriers' positions in Redis (docker compose service `cache`)."""

import pytest

from hotbox import cache

pytestmark = [pytest.mark.chaos, pytest.mark.asyncio]


async def test_eta_round_trip():
    assert await cache.remember_eta(1001, 18) == 18


async def test_positions_of_unknown_couriers_are_empty():
    assert await cache.courier_positions([404, 405]) == [None, None]
