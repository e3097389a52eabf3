import pytest

from brinewell import core


def test_yield_kg():
    assert core.yield_kg(1000, 26) == 260.0


@pytest.mark.parametrize("grade,kg,price", [("flake", 10, 32.0), ("fine", 10, 11.0), ("coarse", 10, 8.0)])
def test_grade_price(grade, kg, price):
    assert core.grade_price(grade, kg) == price


def test_evaporation_days_rounds_up():
    assert core.evaporation_days(50, 4) == 13


def test_bulk_discount_tiers():
    assert [core.bulk_discount(kg) for kg in (50, 500, 5000)] == [0.0, 0.05, 0.1]


def test_yield_zero_brine():
    assert core.yield_kg(0, 26) == 0


def test_unknown_grade():
    with pytest.raises(KeyError):
        core.grade_price("pink", 1)


def test_yield_precision():
    assert core.yield_kg(333, 3) == 9.99
