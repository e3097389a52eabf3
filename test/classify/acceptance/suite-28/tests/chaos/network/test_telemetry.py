import pytest

from spokewell import telemetry

pytestmark = pytest.mark.chaos


def test_vpn_address():
    assert telemetry.vpn_address().startswith("10.")


def test_listener_on_vpn():
    sock = telemetry.listener()
    sock.close()


def test_loopback_address():
    assert telemetry.loopback_address() == "127.0.0.1"
