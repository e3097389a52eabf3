import pytest

from mashtun import plc

pytestmark = pytest.mark.chaos


def test_fermenter_temperatures():
    temps = plc.read_temperatures()
    assert all(0 < t < 25 for t in temps)


def test_setpoint_silent_plc(silent_peer):
    host, port = silent_peer
    plc.write_setpoint(3, 12.5, host=host, port=port)


def test_all_cellars():
    assert len(plc.read_all_cellars()) == 2
