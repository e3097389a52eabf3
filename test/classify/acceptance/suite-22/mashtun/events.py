"""Batch events on NATS (brew day started, transferred, packaged) and the tank-state key-value bucket."""
import asyncio
import json

import nats

from mashtun import settings


async def _connect(url=None):
    return await nats.connect(url or settings.NATS_URL, connect_timeout=1, max_reconnect_attempts=0,
                              allow_reconnect=False)


async def publish(subject, event, url=None):
    nc = await _connect(url)
    try:
        await nc.publish(subject, json.dumps(event).encode())
        await nc.flush(timeout=1)
    finally:
        await nc.close()


async def tank_state(tank, url=None):
    nc = await _connect(url)
    try:
        kv = await nc.jetstream().key_value("tanks")
        entry = await kv.get(tank)
        return json.loads(entry.value)
    finally:
        await nc.close()


def batch_started(batch_id, url=None):
    asyncio.run(publish("brew.started", {"batch": batch_id}, url))
