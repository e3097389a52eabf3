import pytest

from snowgate import snowmaking

pytestmark = pytest.mark.chaos


def test_wet_bulb_of_first_cannon():
    assert -30 < snowmaking.wet_bulb(0) < 10


def test_cold_enough_on_second_cannon():
    assert snowmaking.can_make_snow(snowmaking.wet_bulb(1)) in (True, False)


def test_water_for_beginner_slope():
    assert snowmaking.water_needed_m3(1, 5) == 0.05 * 0.4
