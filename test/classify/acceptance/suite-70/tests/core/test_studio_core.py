import datetime
from decimal import Decimal

import pytest

from pontil import core
from pontil.network import Gallery


@pytest.mark.parametrize("wall_mm, hours", [(6, 1), (9, 2), (12, 2), (18, 3)])
def test_anneal_hours(wall_mm, hours):
    assert core.anneal_hours(wall_mm) == hours


def test_anneal_hours_thin_wall():
    assert core.anneal_hours(2) == 1


def test_batch_kilos():
    assert core.batch_kilos({"silica": 72, "soda": 14, "lime": 14}, 50) == {"silica": 36.0, "soda": 7.0, "lime": 7.0}


def test_batch_kilos_three_parts():
    shares = core.batch_kilos({"silica": 1, "soda": 1, "lime": 1}, 10)
    assert sum(shares.values()) == 10


def test_piece_price():
    assert core.piece_price("180.00", 2) == Decimal("265.00")


def test_commission_open_today():
    today = datetime.date(2026, 3, 1)
    assert core.commission_open(datetime.date(2026, 3, 1), today=today)


def test_commission_spring_show_open():
    assert core.commission_open(datetime.date(2026, 5, 30))


def test_colour_names():
    assert core.colour_name("c1") == "cobalt"


def test_colour_unknown():
    assert core.colour_name("Z9") == "unknown"


def test_gallery_price_list():
    assert Gallery().prices()["bowl"] == "95.00"


def test_batch_kilos_rounded():
    assert core.batch_kilos({"silica": 4, "soda": 1}, 10) == {"silica": 7.5, "soda": 2.5}
