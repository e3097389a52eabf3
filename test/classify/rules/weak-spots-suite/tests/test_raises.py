import pytest

from kiln import work


def test_refuses_zero():
    with pytest.raises(ValueError, match="amount must be positive"):
        work.parse_amount("0")


def test_ratio_of_nothing():
    with pytest.raises(Exception, match="no items to average"):
        work.ratio(10, 0)


def test_refuses_words():
    with pytest.raises(ValueError, match="not a number"):
        work.parse_amount("ten")
