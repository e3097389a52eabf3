from decimal import Decimal

import pytest

from fellcall import costs


@pytest.mark.parametrize("miles,expected", [(10, "4.50"), (1, "0.45"), (0, "0.00"), (33, "14.85"), (101, "45.45"),
                                            (250, "112.50"), (7, "3.15"), (12, "5.40"), (64, "28.80"),
                                            (3, "1.35"), (99, "44.55"), (18, "8.10")])
def test_mileage_claim(miles, expected):
    assert costs.mileage_claim(miles) == Decimal(expected)


@pytest.mark.parametrize("passengers,expected", [(1, "5.00"), (2, "5.50")])
def test_mileage_claim_with_passengers(passengers, expected):
    assert costs.mileage_claim(10, passengers=passengers) == Decimal(expected)


@pytest.mark.parametrize("claims,expected", [(["4.50", "1.35"], "5.85"), ([], "0"), (["0.45"] * 10, "4.50"),
                                             (["112.50", "45.45", "3.15"], "161.10"), (["0.01", "0.02"], "0.03")])
def test_total(claims, expected):
    assert costs.total(claims) == Decimal(expected)
