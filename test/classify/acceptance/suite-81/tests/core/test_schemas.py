import pytest

from reedbank import schemas


def test_order_valid():
    assert schemas.OrderIn(species="sedge", bundles=3).bundles == 3


def test_order_refuses_zero():
    with pytest.raises(ValueError):
        schemas.OrderIn(species="sedge", bundles=0)
