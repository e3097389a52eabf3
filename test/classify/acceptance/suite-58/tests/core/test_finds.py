from datetime import datetime, timezone
from decimal import Decimal

import pytest

from spoilheap import finds

YEARS = [-3900, -3000, -2600, -2400, -1500, -900, -700, 43, 100, 250, 409, 410, 600, 900, 1065, 1066, 1200, 1400,
         1539, 1540, 1700, 1899]
EXPECTED = ["neolithic"] * 3 + ["bronze age"] * 3 + [None] + ["roman"] * 4 + ["early medieval"] * 4 + \
    ["medieval"] * 4 + ["post-medieval"] * 3


@pytest.mark.parametrize(("year", "period"), list(zip(YEARS, EXPECTED)))
def test_period_of_year(year, period):
    assert finds.period_of(year) == period


@pytest.mark.parametrize("period", ["neolithic", "bronze age", "iron age", "roman", "early medieval", "medieval"])
def test_period_span_positive(period):
    assert finds.period_span(period) > 0


@pytest.mark.parametrize("material", sorted(finds.CONSERVATION_RATE))
@pytest.mark.parametrize("hours", [1, 2, 3, 5, 8, 13])
def test_conservation_cost(material, hours):
    assert finds.conservation_cost(material, hours) == finds.CONSERVATION_RATE[material] * hours


def test_conservation_cost_with_vat():
    assert finds.conservation_cost_with_vat("metal", 2) == Decimal("96.00")


@pytest.mark.parametrize("number", [f"SPH24-{n:04d}" for n in (1, 17, 230, 999, 1204)])
@pytest.mark.parametrize("material", ["ceramic", "bone", "metal", "glass"])
def test_bag_label(number, material):
    label = finds.bag_label(number, 1003, material)
    assert label.startswith(number) and material.upper() in label


@pytest.mark.parametrize("buckets", range(0, 30, 2))
def test_sieve_volume(buckets):
    assert finds.sieve_volume(buckets) == buckets * 10


@pytest.mark.parametrize(("length", "width"), [(2, 1), (5, 2), (10, 2), (20, 4), (30, 5), (4, 4), (8, 3)])
def test_trench_area(length, width):
    assert finds.trench_area(length, width) == length * width


def test_trench_area_in_metres():
    assert finds.trench_area(2.2, 1.1) == 2.42


@pytest.mark.parametrize("weight", [0.4, 3.0, 12.5, 250.0, 1800.0])
@pytest.mark.parametrize("material", ["ceramic", "bone", "flint"])
def test_find_from_sheet(weight, material):
    row = {"number": "SPH24-0042", "material": material, "context": 1002, "weight_g": weight}
    assert finds.find_from_sheet(row).weight_g == weight


def test_unstratified_find_from_sheet():
    row = {"number": "SPH24-0077", "material": "metal", "weight_g": 14.2}
    assert finds.find_from_sheet(row).number == "SPH24-0077"


def test_permit_current():
    assert finds.permit_valid(datetime(2099, 3, 31, tzinfo=timezone.utc))


def test_section_42_licence_valid():
    assert finds.permit_valid(datetime(2025, 9, 30, tzinfo=timezone.utc))


def test_permit_from_sheet():
    assert finds.permit_sheet_valid("2099-03-31")
