import pytest

from binwise.zones import zone_of


@pytest.mark.parametrize(("code", "zone"), [("C01-A-01-01", "cold"), ("B04-A-01-01", "bulk"), ("HZ3-07", "hazmat"), ("A-01-01", "ambient")])
def test_zone_of(code, zone):
    assert zone_of(code) == zone
