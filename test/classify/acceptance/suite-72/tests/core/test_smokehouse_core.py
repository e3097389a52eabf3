from decimal import Decimal

import pytest

from smokehall import core


@pytest.mark.parametrize("raw, loss, expected", [(10, 20, 8.0), (12.5, 30, 8.75), (3, 0, 3.0)])
def test_smoked_yield(raw, loss, expected):
    assert core.smoked_yield(raw, loss) == expected


def test_brine_for_a_bucket():
    # 2.5 litres at 8 %.
    assert core.brine_salt_g(2.5, 8) == 250


def test_price_with_discount():
    assert core.price(2.5, "18.40", 10) == Decimal("41.40")


def test_vat_on_price():
    assert core.vat("41.40") == Decimal("8.28")


def test_label_plain():
    assert core.label("kippers", "oak", 42) == "Kippers — oak smoked — batch 00042"


def test_label_with_apostrophe():
    assert core.label("o'neill's kippers", "oak", 7) == "O'Neill's Kippers — oak smoked — batch 00007"


@pytest.mark.parametrize("temperature", [18, 25, 29.5])
def test_cold_smoke_allowed(temperature):
    assert core.cold_smoke_ok(temperature)


def test_cold_smoke_at_thirty_refused():
    assert not core.cold_smoke_ok(30)


def test_kiln_slots():
    assert core.kiln_slots(24, 6) == 4


def test_cure_days():
    assert core.cure_days(5) == 3
