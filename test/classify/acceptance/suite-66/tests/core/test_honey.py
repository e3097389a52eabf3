import datetime

import pytest

from hivekeep import honey


@pytest.mark.parametrize("frames", range(40))
def test_yield_per_frame(frames):
    assert honey.yield_kg(frames) == frames * 2.5


@pytest.mark.parametrize("kg", range(1, 61))
def test_jars_never_negative(kg):
    assert honey.jars(kg) >= 0


@pytest.mark.parametrize("moisture", [15.0, 16.5, 17.0, 18.0, 18.5])
def test_ripe(moisture):
    assert honey.is_ripe(moisture)


@pytest.mark.parametrize("moisture", [19.0, 20.5, 22.0])
def test_not_ripe(moisture):
    assert not honey.is_ripe(moisture)


def test_moisture_percent():
    assert honey.moisture_percent(180, 1000) == 18.0


def test_average_weight_of_empty_apiary():
    assert honey.average_weight([]) == 0


@pytest.mark.parametrize("level", ["low", "moderate", "high", "critical"])
def test_varroa_score(level):
    assert honey.varroa_score(level) >= 1


def test_total_weight_of_two_boxes():
    assert honey.total_weight([0.1, 0.2]) == 0.3


def test_jars_from_a_super():
    assert honey.jars(12.5) == 35


def test_spring_inspection_still_ahead():
    assert honey.days_until(datetime.date(2026, 4, 1)) > 0


def test_days_until_fixed_today():
    assert honey.days_until(datetime.date(2026, 5, 2), today=datetime.date(2026, 5, 1)) == 1
