import datetime
from decimal import Decimal

from loomhouse import core


def test_bolt_price():
    assert core.bolt_price("twill", 50) == Decimal("925.00")


def test_bolt_price_with_discount():
    assert core.bolt_price("satin", 10, discount=0.1) == Decimal("216.00")


def test_bolt_price_plain():
    assert core.bolt_price("plain", 4) == Decimal("51.00")


def test_yarn_needed():
    assert core.yarn_needed(50, 24, 140) == 184800


def test_average_bolt_length():
    assert core.average_bolt_length([{"metres": 50}, {"metres": 40}]) == 45


def test_average_of_new_loom():
    assert core.average_bolt_length([]) == 0


def test_shift_hours():
    assert core.shift_hours() == 24


def test_floor_widths():
    assert core.floor_widths() == [140, 180]


def test_delivery_skips_weekend():
    assert core.delivery_date(datetime.date(2026, 12, 4), 1) == datetime.date(2026, 12, 7)


def test_delivery_in_time_for_fair():
    assert core.delivery_date(datetime.date.today(), 10) < datetime.date(2026, 12, 1)


def test_cut_plan_full_bolts():
    assert core.cut_plan(120) == [50, 50, 20]


def test_yarn_needed_narrow():
    assert core.yarn_needed(10, 20, 90) == 19800


def test_rank_weavers():
    ranked = core.rank_weavers([{"name": "Ada", "metres": 40}, {"name": "Bo", "metres": 55}])
    assert [weaver["name"] for weaver in ranked] == ["Ada", "Bo"]


def test_order_book_first_order():
    assert core.OrderBook().add({"order": "O-1"}) == 1


def test_order_book_second_book():
    assert core.OrderBook().add({"order": "O-9"}) == 1
