import pytest

from binwise.locations import parse_location

FAST_MOVERS = [("SKU-1001", 140), ("SKU-2044", 96), ("SKU-0007", 88)]


@pytest.mark.parametrize("sku,velocity", FAST_MOVERS)
def test_fast_movers_are_slotted_near_the_dock(sku, picks_per_day):
    assert picks_per_day > 50


@pytest.mark.parametrize("code", ["A-01-00", "A-02-00"])
def test_golden_zone_is_ground_level(code):
    assert parse_location(code).level == 0
