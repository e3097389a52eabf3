import decimal

from tideshelf.board import box_price


def test_box_price_with_discount():
    assert box_price("6.40", 20, 0.1) == decimal.Decimal("115.20")


def test_box_price_without_discount():
    assert box_price("6.40", 20, 0) == decimal.Decimal("128.00")


def test_grade_prices_for_market():
    from tideshelf.board import grade_prices
    assert grade_prices("brixham", ["small", "medium", "large"])["large"] == decimal.Decimal("1.20")
