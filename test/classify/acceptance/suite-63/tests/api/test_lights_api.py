import json

import pytest

from lampwatch import api


@pytest.mark.parametrize("light", sorted(api.LIGHTS))
def test_light_view(light):
    status, body = api.light_view(light)
    assert status == 200
    assert body["light"] == light


@pytest.mark.parametrize("light", ["HW90", "XX01", ""])
def test_unknown_light(light):
    assert api.light_view(light)[0] == 404


@pytest.mark.parametrize("number", range(1, 6))
def test_pages_cover_lights(number):
    assert all(light in api.LIGHTS for light in api.page(sorted(api.LIGHTS), number))


def test_fuel_view():
    assert json.loads(api.fuel_view("HW01", 40))["cost"] == "74.00"


@pytest.mark.parametrize("light", ["HW00", "HW45", "HW89"])
def test_nominal_range_in_view(light):
    assert api.light_view(light)[1]["nominal_range_nm"] > 0
