import pytest

from kerbside import events

pytestmark = pytest.mark.chaos


@pytest.mark.asyncio
async def test_trip_started_event():
    await events.publish("trip.started", {"trip": 501, "vehicle": 7})


@pytest.mark.asyncio
async def test_trip_ended_event():
    await events.publish("trip.ended", {"trip": 501, "vehicle": 7, "minutes": 23})
