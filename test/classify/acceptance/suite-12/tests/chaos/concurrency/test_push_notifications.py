import asyncio

import pytest

from kerbside import dispatch

pytestmark = pytest.mark.chaos


async def gateway(member_id, text):
    await asyncio.sleep(0.01)
    return member_id


@pytest.mark.asyncio
async def test_push_to_a_zone():
    assert await dispatch.push_all(range(10), "Vehicles nearby", gateway) == list(range(10))


@pytest.mark.asyncio
async def test_push_service_outage_notice():
    assert await dispatch.push_all(range(12), "Service resumes at 6:00", gateway) == list(range(12))
