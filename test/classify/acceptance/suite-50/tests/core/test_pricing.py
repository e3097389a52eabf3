import decimal

import pytest

from combwright import pricing


@pytest.mark.parametrize("kind", ["heather", "clover", "lime"])
@pytest.mark.parametrize("jars", list(range(1, 100)))
def test_wholesale_positive(kind, jars):
    assert pricing.wholesale_pence(kind, jars) > 0


@pytest.mark.parametrize("jars", list(range(0, 120, 12)))
def test_full_cases(jars):
    assert pricing.cases_needed(jars) == jars // 12


def test_with_vat():
    assert pricing.with_vat(decimal.Decimal("7.80")) == decimal.Decimal("9.36")


def test_part_case_needs_a_case():
    assert pricing.cases_needed(30) == 3


def test_drum_weight():
    assert pricing.drum_weight_kg(3) == 1.02


def test_bulk_discount():
    assert pricing.wholesale_pence("clover", 120) == 48600
