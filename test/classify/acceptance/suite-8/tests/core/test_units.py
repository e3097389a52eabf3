from decimal import Decimal
from fractions import Fraction

import pytest

from binwise import units


@pytest.mark.parametrize(
    ("value", "unit", "kg"),
    [(1000, "gram", 1), (2.5, "kilogram", 2.5), (1, "metric_ton", 1000), (500, "gram", 0.5), (3000, "gram", 3)],
)
def test_to_kilograms(value, unit, kg):
    assert units.to_kilograms(value, unit) == pytest.approx(kg)


@pytest.mark.parametrize(("dims", "kg"), [((50, 40, 30), Fraction(12)), ((10, 10, 10), Fraction(1, 5)), ((100, 50, 50), Fraction(50))])
def test_volumetric_weight(dims, kg):
    assert units.volumetric_kg(*dims) == kg


def test_heavy_item_is_over_the_parcel_limit():
    item = {"weight": 32, "weight_unit": "kg", "length": 80, "length_unit": "cm"}
    assert units.over_parcel_limit(item)


@pytest.mark.parametrize(("units_wanted", "per_case", "cases"), [(24, 12, 2), (25, 12, 3), (1, 6, 1), (6, 6, 1), (100, 48, 3)])
def test_cases_needed(units_wanted, per_case, cases):
    assert units.cases_needed(units_wanted, {"units_per_case": per_case}) == cases


@pytest.mark.parametrize(("price", "landed"), [("10.00", Decimal("10.00")), ("3.333", Decimal("3.33"))])
def test_landed_cost_without_duty(price, landed):
    assert units.landed_cost(price, 0) == landed


def test_landed_cost_with_duty():
    assert units.landed_cost("12.50", 0.04) == Decimal("13.00")


def test_price_in_pounds():
    assert units.format_price(Decimal("1234.5")) == "£1,234.50"


def test_international_phone_number_is_kept():
    assert units.normalise_phone("+33 1 70 36 39 50") == "+33170363950"
