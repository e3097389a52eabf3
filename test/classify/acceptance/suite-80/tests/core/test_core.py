from decimal import Decimal

import pytest

from cordwood import core


def test_full_cord():
    assert core.cords(8, 4, 4) == 1


def test_face_cords():
    assert core.face_cords(2) == 6


def test_price_oak():
    assert core.price("oak", 2) == Decimal("620.00")


def test_price_half_cord_rounds_half_up():
    assert core.price("birch", 0.125) == Decimal("32.50")


def test_delivery_free_nearby():
    assert core.delivery_fee(8) == 0


def test_delivery_fee_far():
    assert core.delivery_fee(14) == Decimal("10.00")


def test_loads_exact():
    assert core.loads(6, 2) == 3


def test_loads_part_load():
    assert core.loads(7, 2) == 4


def test_seasoned():
    assert core.seasoned(20) and not core.seasoned(25)


def test_discount_from_three_cords():
    assert core.bundle_discount(3) == Decimal("0.05")


def test_discount_from_five():
    assert core.bundle_discount(5) == Decimal("0.10")


def test_stack_of_odd_size():
    assert core.cords(4.6, 3.5, 8) == 1.00625


@pytest.mark.parametrize("species", ["oak", "ash", "birch", "pine"])
def test_every_species_priced(species):
    assert core.price(species, 1) > 0
