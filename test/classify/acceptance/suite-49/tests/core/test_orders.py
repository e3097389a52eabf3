from decimal import Decimal

import pytest

from kilnrow import glaze, orders


def test_order_total():
    order = orders.order_from_form({"member": "m-1", "cone": 6,
                                    "lines": [("stoneware", 2500, "0.40"), ("celadon", 300, "4.00")]})
    assert orders.total(order) == Decimal("22.00")


def test_order_with_cone_as_text():
    order = orders.order_from_form({"member": "m-2", "cone": "06",
                                    "lines": [("earthenware", 1000, "0.30")]})
    assert order.cone == -6


def test_order_with_free_sample():
    order = orders.order_from_form({"member": "m-3", "cone": 6, "lines": [("sample", 0, "0")]})
    assert orders.total(order) == 0


def test_discount_for_long_members():
    order = orders.order_from_form({"member": "m-4", "cone": 6, "lines": [("porcelain", 1000, "1.00")]})
    assert orders.discount(order, 3) == Decimal("8.5")


def test_batch_cost_rounds_half_up():
    assert glaze.batch_cost(2.675, 100) == Decimal("2.68")


def test_mix_ratio_sums_to_one():
    ratio = glaze.mix_ratio({"feldspar": 1, "silica": 1, "whiting": 1})
    assert sum(ratio.values()) == 1.0
