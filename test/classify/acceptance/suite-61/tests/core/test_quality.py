import pytest

from milkrun import cache, payouts


@pytest.mark.parametrize("farm", [f"F{n:04d}" for n in range(1, 121)])
def test_reading_key_per_farm(farm):
    assert cache.reading_key("N1", farm).startswith("reading:N1")


@pytest.mark.parametrize("route", [f"R{n:03d}" for n in range(1, 61)])
def test_route_plan_has_twelve_stops(route):
    assert len(cache.plan(route)["stops"]) == 12
