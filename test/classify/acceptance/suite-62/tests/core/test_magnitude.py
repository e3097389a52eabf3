import math

import pytest

from tremorline import magnitude


@pytest.mark.parametrize("amplitude, distance, expected", [
    (1.0, 100.0, 0.316),
    (10.0, 100.0, 1.316),
    (23.0, 150.0, 1.971),
])
def test_local_magnitude(amplitude, distance, expected):
    assert magnitude.local_magnitude(amplitude, distance) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("lat1, lon1, lat2, lon2, expected", [
    (0.0, 0.0, 0.0, 0.0, 0.0),
    (37.98, 23.73, 40.64, 22.94, 302.0),
])
def test_distance_km(lat1, lon1, lat2, lon2, expected):
    assert magnitude.distance_km(lat1, lon1, lat2, lon2) == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize("value", [round(0.5 + n * 0.1, 1) for n in range(80)])
def test_category_is_monotonic(value):
    order = ["micro", "minor", "light", "moderate", "strong", "major"]
    assert order.index(magnitude.category(value)) <= order.index(magnitude.category(value + 0.1))


@pytest.mark.parametrize("value", [n * 0.5 for n in range(2, 20)])
def test_energy_grows_32_times_per_unit(value):
    ratio = magnitude.energy_joules(value + 1) / magnitude.energy_joules(value)
    assert ratio == pytest.approx(10 ** 1.5)


@pytest.mark.parametrize("exponent", range(15, 23))
def test_moment_magnitude_positive(exponent):
    assert magnitude.moment_magnitude(10.0 ** exponent) > 3


def test_moment_magnitude_of_tohoku():
    assert magnitude.moment_magnitude(3.9e22) == 9.0


def test_energy_of_magnitude_zero():
    assert math.isclose(magnitude.energy_joules(0), 10 ** 4.8)
