import asyncio

import pytest

from pawstay import pens

pytestmark = pytest.mark.chaos


def test_feed_now_first_loop():
    async def contended():
        return await asyncio.gather(pens.feed_now("rex"), pens.feed_now("max"))
    assert asyncio.run(contended()) == ["rex", "max"]


def test_feed_now_second_loop():
    async def contended():
        return await asyncio.gather(pens.feed_now("ada"), pens.feed_now("bo"))
    assert asyncio.run(contended()) == ["ada", "bo"]


def test_feed_unknown_then_known():
    async def feed_both():
        feeder = pens.AsyncFeeder()
        with pytest.raises(KeyError):
            await feeder.feed("unknown")
        await asyncio.wait_for(feeder.feed("rex"), timeout=0.3)
        return feeder.fed
    assert asyncio.run(feed_both()) == ["rex"]


def test_no_feeds_left_pending():
    async def run():
        await pens.schedule_feeds(["rex", "ada"])
        pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        assert pending == []
    asyncio.run(run())


def test_feed_from_handler():
    assert asyncio.run(pens.feed_from_handler("rex")) == "rex"


def test_feed_wait_for():
    async def run():
        return await asyncio.wait_for(asyncio.sleep(0.5, result="fed"), timeout=0.1)
    assert asyncio.run(run()) == "fed"
