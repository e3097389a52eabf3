import datetime
from decimal import Decimal

import pytest

from rindhall import core


@pytest.mark.parametrize("kind,days", [("comte", 240), ("tomme", 60), ("brie", 35)])
def test_ready_after_ageing(kind, days):
    made = datetime.date(2026, 1, 1)
    assert core.ready_on(kind, made) == made + datetime.timedelta(days=days)


def test_turns_for_brie():
    assert core.turns_needed("brie") == 12


def test_turns_for_tomme():
    assert core.turns_needed("tomme") == 21


@pytest.mark.parametrize("weight,per_kg,expected", [(1.25, "38.00", "47.50"), (0.333, "42.00", "13.99")])
def test_price(weight, per_kg, expected):
    assert core.price(weight, per_kg) == Decimal(expected)


def test_price_of_half_comte():
    assert core.price(20.5, "29.90") == Decimal("612.94")


def test_trim_loss():
    assert core.trim_loss(40.0) == 1.6


def test_order_accepted():
    today = datetime.date.today()
    order = core.order("fromagerie-lyon", ["comte-1"], today + datetime.timedelta(days=3))
    assert order["wheels"] == ["comte-1"]


def test_order_needs_wheels():
    with pytest.raises(ValueError):
        core.order("fromagerie-lyon", [], datetime.date.today())


def test_christmas_order_accepted():
    order = core.order("fromagerie-lyon", ["bleu-4"], datetime.date(2025, 12, 20))
    assert order["deliver_on"].month == 12


def test_label_for_comte():
    assert core.label("comte", datetime.date(2026, 3, 1)).startswith("COMTE affiné depuis le 01 mars")


def test_label_for_brie():
    assert "avril" in core.label("brie", datetime.date(2026, 4, 2))


@pytest.mark.parametrize("reading,ok", [(92.0, True), (95.0, True), (89.0, True), (96.5, False)])
def test_humidity_band(reading, ok):
    assert core.humidity_ok(reading) is ok
