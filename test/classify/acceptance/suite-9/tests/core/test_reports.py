from decimal import Decimal

import pytest

from seatline import reports

ORDERS = [
    {"lines": [{"section": "stalls", "price": "45.00"}, {"section": "stalls", "price": "45.00"}]},
    {"lines": [{"section": "circle", "price": "32.50"}]},
    {"lines": [{"section": "balcony", "price": "20.00"}, {"section": "circle", "price": "32.50"}]},
]


def test_sales_by_section():
    assert reports.sales_by_section(ORDERS) == {
        "stalls": Decimal("90.00"), "circle": Decimal("65.00"), "balcony": Decimal("20.00")}


def test_average_price():
    assert reports.average_price(ORDERS) == Decimal("35.00")


@pytest.mark.parametrize("orders", [[], [{"lines": []}]])
def test_sales_by_section_empty(orders):
    assert reports.sales_by_section(orders) == {}
