from datetime import datetime, timezone

import pytest
from marshmallow import ValidationError

from hotbox import hours, menus, sms, tasks, webhooks


def test_menu_feed_from_a_partner():
    feed = {"restaurant": "pizzeria-uno", "items": [
        {"sku": "PZ-MARG", "name": "Margherita", "price_cents": 1250, "allergens": ["gluten", "milk"]},
        {"sku": "PZ-DIAV", "name": "Diavola", "price_cents": 1390, "spice_level": 2},
    ]}
    assert len(menus.load_menu(feed)["items"]) == 2


def test_menu_feed_with_a_negative_price_is_refused():
    with pytest.raises(ValidationError):
        menus.load_menu({"restaurant": "x", "items": [{"sku": "A", "name": "A", "price_cents": -1}]})


def test_courier_assigned_event():
    event = webhooks.courier_assigned(1001, 7, 12)
    assert event["courier_id"] == 7


def test_picked_up_event():
    assert webhooks.order_picked_up(1001, 7)["event"] == "order.picked_up"


@pytest.mark.parametrize("restaurant,at,expected", [
    ("pizzeria-uno", datetime(2027, 1, 15, 12, 0, tzinfo=timezone.utc), True),
    ("pizzeria-uno", datetime(2027, 1, 15, 23, 0, tzinfo=timezone.utc), False),
    ("berlin-doner", datetime(2027, 6, 1, 20, 30, tzinfo=timezone.utc), False),
    ("sushi-lisboa", datetime(2027, 1, 15, 12, 30, tzinfo=timezone.utc), True),
])
def test_opening_hours(restaurant, at, expected):
    assert hours.is_open(restaurant, at) is expected


@pytest.mark.parametrize("raw,expected", [("087 123 4567", "+353871234567"), ("+44 20 7946 0958", "+442079460958")])
def test_numbers_with_a_region(raw, expected):
    assert sms.e164(raw, "IE") == expected


def test_customer_number_from_the_order():
    assert sms.customer_number({"id": 1001, "phone": "087 123 4567"}) == "+353871234567"


def test_restaurant_is_notified_by_a_job():
    assert tasks.notify_restaurant_of(1001, "pizzeria-uno") == "pizzeria-uno told about 1001"


def test_every_courier_is_told():
    outbox = []
    assert tasks.announce([1, 2, 3], "Storm warning: ride carefully", outbox)
    assert len(outbox) == 3
