import pytest

from lampwatch import api, optics


def test_hours_since_entry():
    assert optics.hours_since_entry("2026-12-01 16:30") > 0


@pytest.mark.parametrize(("intensity", "visibility"), [(10000, 10), (10000, 20), (100000, 10), (1000000, 15)])
def test_luminous_range_capped_by_nominal(intensity, visibility):
    assert optics.luminous_range_nm(intensity, visibility) <= optics.nominal_range_nm(intensity)


def test_lights_listed_in_order():
    lights = {"HW03", "HW01", "HW12", "HW07", "HW02"}
    assert list(lights) == ["HW01", "HW02", "HW03", "HW07", "HW12"]


def test_relief_rota(keeper_rooster):
    assert keeper_rooster


@pytest.mark.parametrize("litres", [10, 25, 40])
def test_fuel_cost_in_decimal(litres):
    assert optics.fuel_cost(litres, "1.85") > 0


def test_light_page_sizes():
    assert [len(api.page(list(api.LIGHTS), n)) for n in range(1, 6)] == [20, 20, 20, 20, 10]
