import pytest

from tideshelf.stock import CatchStock

pytestmark = pytest.mark.chaos


def test_landing_adds_boxes(r):
    stock = CatchStock(r)
    stock.land("east", "hake", 40)
    assert stock.boxes("east", "hake") == 40


def test_reserve_takes_boxes(r):
    stock = CatchStock(r)
    stock.land("east", "cod", 10)
    assert stock.reserve("east", "cod", 4, "b-17") == 6


def test_reserve_more_than_landed(r):
    stock = CatchStock(r)
    stock.land("east", "ling", 2)
    with pytest.raises(ValueError):
        stock.reserve("east", "ling", 3, "b-17")


def test_unknown_species_is_zero(r):
    assert CatchStock(r).boxes("west", "turbot") == 0


def test_landings_expire(r):
    stock = CatchStock(r)
    stock.land("west", "sole", 5)
    assert 0 < r.ttl("stock:west") <= 3600


def test_quay_key_names(quay_keys):
    quay_keys.append("stock:test-quay:hake")
    assert "stock:test-quay:hake".startswith("stock:")


def test_reserve_for_buyer():
    stock = CatchStock()
    assert stock.reserve("south", "plaice", 1, "b-40") >= 0


def test_next_landing_waits():
    assert CatchStock().next_landing("south", wait=1) is None
