"""The geocoder, the restaurants API and restaurants' point-of-sale systems."""

import pytest

from hotbox import geocode

pytestmark = pytest.mark.chaos


def test_geocode_an_address(http_stub):
    url = http_stub(body=[{"lat": "53.3498", "lon": "-6.2603"}])
    assert geocode.geocode("1 O'Connell Street, Dublin", base_url=url) == (53.3498, -6.2603)


def test_geocode_when_rate_limited(http_stub):
    url = http_stub(status=429, body={"error": "Too Many Requests"}, headers={"Retry-After": "30"})
    assert geocode.geocode("12 Grand Canal Quay, Dublin", base_url=url)[0] > 53


def test_menu_sync_from_restaurants_api():
    menu = geocode.restaurant_menu("pizzeria-uno")
    assert {item["sku"] for item in menu["items"]} >= {"PZ-MARG"}


def test_order_pushed_to_a_slow_pos(silent_port):
    order = {"id": 1001, "items": [{"sku": "PZ-MARG", "quantity": 2}]}
    assert geocode.push_order_to_pos(f"http://127.0.0.1:{silent_port}", order)["accepted"]
