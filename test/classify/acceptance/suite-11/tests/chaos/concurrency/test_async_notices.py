"""Notices sent concurrently from the asyncio side of the kiosk."""

import asyncio
import time

import pytest

pytestmark = pytest.mark.chaos

OUTBOX = []


async def _tell(card):
    await asyncio.sleep(0.2)
    OUTBOX.append(card)


@pytest.mark.asyncio
async def test_reminders_to_the_self_service_display(silent_port):
    reader, writer = await asyncio.open_connection("127.0.0.1", silent_port)
    writer.write(b"HELLO kiosk-3\n")
    await writer.drain()
    greeting = await asyncio.wait_for(reader.readline(), timeout=0.5)
    writer.close()
    assert greeting.startswith(b"OK")


@pytest.mark.asyncio
async def test_all_members_in_a_batch_are_told():
    OUTBOX.clear()
    tasks = [asyncio.ensure_future(_tell(card)) for card in ("LW1", "LW2", "LW3")]
    time.sleep(0.3)
    assert len(OUTBOX) == 3
    await asyncio.gather(*tasks)


@pytest.mark.asyncio
async def test_batch_is_told_when_awaited():
    OUTBOX.clear()
    await asyncio.gather(*(_tell(card) for card in ("LW4", "LW5")))
    assert OUTBOX == ["LW4", "LW5"]
