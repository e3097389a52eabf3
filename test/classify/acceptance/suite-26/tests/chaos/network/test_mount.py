import asyncio

import pytest

from starwick import mount

pytestmark = pytest.mark.chaos


def test_slew_to_andromeda():
    assert asyncio.run(mount.slew(10.6847, 41.2687)) == "OK"


def test_park_after_session():
    assert asyncio.run(mount.park()) == "PARKED"


def test_position_reported():
    assert asyncio.run(mount.position())


def test_mount_never_answers(tcp_stub):
    port = tcp_stub(reply=None)
    assert asyncio.run(mount.park(port=port, wait=1.0)) == "PARKED"
