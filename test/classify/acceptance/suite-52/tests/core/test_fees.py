from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from bagdrop import fees

RATES = fees.RATE_PER_KILO


@pytest.mark.parametrize("cabin", sorted(fees.ALLOWANCE))
@pytest.mark.parametrize("weight", range(10, 34, 2))
def test_excess_never_negative(cabin, weight):
    assert fees.excess_kilos(cabin, weight) >= 0


@pytest.mark.parametrize("weight,expected", [(23, "0.00"), (24, "12.50"), (25, "25.00"), (30, "87.50"), (40, "212.50")])
def test_economy_fee(weight, expected):
    assert fees.excess_fee("economy", weight) == Decimal(expected)


@pytest.mark.parametrize("currency", sorted(RATES))
@pytest.mark.parametrize("weight", [23, 26, 29, 32])
def test_fee_has_two_places(currency, weight):
    assert fees.excess_fee("economy", weight, currency).as_tuple().exponent == -2


@pytest.mark.parametrize("cabin,pieces,extra", [
    ("economy", 1, 0), ("economy", 2, 1), ("economy", 3, 2),
    ("business", 3, 1), ("first", 4, 1), ("premium", 2, 0),
])
def test_extra_pieces(cabin, pieces, extra):
    assert fees.extra_pieces(cabin, pieces) == extra


def test_surcharge_peak_season():
    assert fees.surcharge(fees.excess_fee("economy", 30), 1.15) == Decimal("100.63")


@pytest.mark.parametrize("pounds,kilos", [(50, 22.7), (70, 31.8), (100, 45.4), (0, 0.0)])
def test_pounds_to_kilos(pounds, kilos):
    assert fees.pounds_to_kilos(pounds) == kilos


@pytest.mark.parametrize("minutes,ok", [(30, False), (44, False), (45, True), (90, True)])
def test_minimum_connection(minutes, ok):
    arrival = datetime(2026, 12, 5, 10, 0)
    assert fees.minimum_connection(arrival, arrival + timedelta(minutes=minutes)) is ok


def test_minutes_since_landing():
    assert fees.minutes_since_landing("2026-12-05T09:40:00") > 0


@pytest.mark.parametrize("number,digit", [(125123456, 5), (125000001, 1), (990000000, 7)])
def test_tag_check_digit(number, digit):
    assert fees.tag_check_digit(number) == digit


def test_split_weight_sums_to_total():
    assert sum(fees.split_weight(70, 3)) == 70


@pytest.mark.parametrize("total,bags", [(20, 2), (30, 3), (48, 4), (10, 5)])
def test_split_even_weight(total, bags):
    assert fees.split_weight(total, bags) == [total / bags] * bags


@pytest.mark.parametrize("currency", sorted(RATES))
@pytest.mark.parametrize("weight", range(0, 40))
def test_business_fee_never_negative(currency, weight):
    assert fees.excess_fee("business", weight, currency) >= 0
