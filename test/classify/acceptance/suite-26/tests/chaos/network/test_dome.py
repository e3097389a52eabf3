import pytest

from starwick import dome

pytestmark = pytest.mark.chaos


def test_dome_controller_up():
    dome.wait_for_controller()


def test_open_dome_for_session():
    dome.wait_for_controller()
    assert dome.rotate(180)
