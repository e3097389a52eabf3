import datetime
from decimal import Decimal

import pytest

from rinsewell import models, pricing
from rinsewell.web import app


def test_wash_price():
    assert pricing.wash_price(10) == Decimal("22.20")


def test_bags_for_part_load():
    assert pricing.bags_needed(20) == 3


def test_slot_open_tomorrow():
    assert pricing.slot_open(datetime.datetime.now() + datetime.timedelta(days=1))


def test_slot_still_ahead():
    assert pricing.slot_open(datetime.datetime(2025, 10, 3, 7, 0, tzinfo=datetime.timezone.utc))


def test_depot_hours():
    response = app.test_client().get("/depots/leeds/hours")
    assert response.json == {"open": "05:00", "close": "22:00"}


def test_pickup_from_hotel():
    assert models.from_hotel({"hotel": "grand-leeds", "bag_count": 12}).bags == 12


@pytest.fixture
def hotel():
    return {"hotel": "grand-leeds", "bag_count": 12, "floor": 3}


def test_pickup_floor(hotle):
    assert models.from_hotel(hotle).floor == 3
