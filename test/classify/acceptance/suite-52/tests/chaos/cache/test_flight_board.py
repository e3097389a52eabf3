import pytest

from bagdrop import board

pytestmark = pytest.mark.chaos


def lookup(flight):
    return {"SK1471": 3, "DY604": 5, "WF118": 1}[flight]


@pytest.mark.parametrize("flight", ["SK1471", "DY604"])
def test_carousel_for_arrival(flight):
    assert board.carousel_for(flight, lookup) == lookup(flight)


def test_clear_flight():
    board.clear_flight("WF118")


def test_carousels_for_bank():
    assert board.carousels(["SK1471", "DY604"]) == {}
