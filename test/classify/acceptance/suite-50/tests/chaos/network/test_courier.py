import pytest

from combwright import courier

pytestmark = pytest.mark.chaos


@pytest.fixture
def pickup():
    return courier.book_pickup("north-shed", 2)


@pytest.fixture
def held_pickup():
    held = "P-local-1"
    yield held
    courier.cancel_pickup(held)


def test_pickup_tracked(pickup):
    assert courier.track(pickup) == "booked"


def test_pickup_cancelled(pickup):
    courier.cancel_pickup(pickup)


def test_pickup_for_market():
    assert courier.book_pickup("market", 1)


def test_pickup_held_locally(held_pickup):
    assert held_pickup.startswith("P-")
