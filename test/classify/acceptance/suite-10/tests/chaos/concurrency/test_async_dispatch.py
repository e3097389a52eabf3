"""Offers sent to couriers' apps concurrently on the event loop."""

import asyncio

import pytest

pytestmark = [pytest.mark.chaos, pytest.mark.asyncio]

OFFER_LOCK = asyncio.Lock()
SENT = []


async def send_offer(courier_id):
    async with OFFER_LOCK:
        await asyncio.sleep(0.01)
        SENT.append(courier_id)
        return courier_id


@pytest.fixture
async def offers():
    return {"lunch": [1, 2, 3], "dinner": [4, 5]}


async def test_offers_go_out_one_at_a_time():
    assert await asyncio.gather(*(send_offer(i) for i in (1, 2, 3))) == [1, 2, 3]


async def test_offers_for_the_dinner_rush():
    assert await asyncio.gather(*(send_offer(i) for i in (4, 5))) == [4, 5]


async def test_offers_for_a_shift(offers):
    assert offers.get("lunch") == [1, 2, 3]


async def test_offer_times_out_when_the_app_is_silent():
    async def silent():
        await asyncio.sleep(1)

    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(silent(), timeout=0.05)
