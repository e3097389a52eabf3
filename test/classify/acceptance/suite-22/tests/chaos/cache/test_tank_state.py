import asyncio

import pytest

from mashtun import events

pytestmark = pytest.mark.chaos


def test_tank_state_from_kv():
    state = asyncio.run(events.tank_state("FV3"))
    assert state["stage"] in {"primary", "conditioning"}


def test_tank_state_peer_silent(silent_peer):
    host, port = silent_peer
    asyncio.run(events.tank_state("FV3", url=f"nats://{host}:{port}"))
