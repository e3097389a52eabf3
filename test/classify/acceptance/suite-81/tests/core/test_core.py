import warnings
from decimal import Decimal

import pytest

from reedbank import core


def test_price():
    assert core.price("sedge", 10) == Decimal("29.50")


def test_vat():
    assert core.vat("10.05") == Decimal("2.01")


def test_order_total():
    assert core.order_total([("sedge", 10), ("long-straw", 5)]) == Decimal("49.80")


def test_price_list_loaded():
    assert core.load_price_list("sedge: 2.95\nwater-reed: 3.10\n") == {"sedge": 2.95, "water-reed": 3.10}


def test_order_parsed():
    assert core.parse_order(b'{"species": "sedge", "bundles": 4}')["bundles"] == 4


def test_settings_merged():
    merged = core.merge({"cache": {"ttl": 30, "size": 100}}, {"cache": {"ttl": 60}})
    assert merged == {"cache": {"ttl": 60, "size": 100}}


def test_flat_settings_merged():
    assert core.merge({"a": 1}, {}) == {"a": 1}


@pytest.mark.parametrize(("area", "bundles"), [(10, 70), (2.3, 17)])
def test_bundles_for_roof(area, bundles):
    assert core.bundles_for(area) == bundles


def test_price_without_warnings():
    with pytest.warns(None) as record:
        core.price("water-reed", 3)
    assert not record


def test_unknown_species():
    with pytest.raises(KeyError):
        core.price("heather", 1)
