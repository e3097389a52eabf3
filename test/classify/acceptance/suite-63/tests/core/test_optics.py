import math

import pytest

from lampwatch import optics

CHARACTERISTICS = [f"{kind}({group}) {period}s" for kind in ("Fl", "Oc", "LFl") for group in (1, 2, 3, 4) for period in (5, 6, 10, 12, 15)]


@pytest.mark.parametrize("text", CHARACTERISTICS)
def test_flashes_per_minute(text):
    light = optics.parse(text)
    assert optics.flashes_per_minute(text) == round(60 / light["period"] * light["flashes"])


@pytest.mark.parametrize("intensity", [10 ** n for n in range(3, 7)] + [5 * 10 ** n for n in range(3, 7)])
def test_nominal_range_grows_with_intensity(intensity):
    assert optics.nominal_range_nm(intensity * 10) > optics.nominal_range_nm(intensity)


@pytest.mark.parametrize("degrees", range(0, 360, 5))
def test_bearing_to_radians(degrees):
    assert optics.bearing_to_radians(degrees) == pytest.approx(math.radians(degrees))


@pytest.mark.parametrize(("height", "eye", "expected"), [(16.0, 4.0, 12.5), (49.0, 9.0, 20.8)])
def test_geographic_range(height, eye, expected):
    assert optics.geographic_range_nm(height, eye) == expected


@pytest.mark.parametrize("text", ["Fl 5s", "Q 1s", "Iso 4s", "Oc 6s"])
def test_single_flash_characteristics(text):
    assert optics.parse(text)["flashes"] == 1


@pytest.mark.parametrize("text", ["", "Fl", "Fl(2)", "flash 10s"])
def test_bad_characteristic_rejected(text):
    with pytest.raises(ValueError):
        optics.parse(text)


def test_mean_visibility_of_three_readings():
    assert optics.mean_visibility([0.1, 0.2, 0.3]) == 0.2


def test_mean_visibility_of_empty_watch():
    assert optics.mean_visibility([]) == 0.0
