from unittest import mock

import pytest

from combwright import models, notify, web


@pytest.fixture
def api():
    return web.app.test_client()


def test_heather_hill_page(api):
    assert api.get("/apiaries/heather-hill").json["altitude_m"] == 410


def test_lime_walk_page(api):
    assert api.get("/apiaries/lime-walk").json == {"name": "lime-walk", "hives": 12, "altitude_m": None}


def test_unknown_apiary(api):
    assert api.get("/apiaries/nowhere").status_code == 404


def test_shop_order_parsed():
    order = models.from_shop({"buyer": "bee-shop", "jars": 12, "collection_point": "depot"})
    assert order.collection_point == "depot"


def test_order_ready_sends_sms():
    with mock.patch("requests.post") as post:
        notify.order_ready("bee-shop", "+447700900123")
    post.assert_called_once()


def test_apiary_listing(apy):
    assert apy.get("/apiaries/heather-hill").status_code == 200


@pytest.mark.parametrize("name", ["heather-hill", "lime-walk"])
def test_apiary_hives(api, name):
    assert api.get(f"/apiaries/{name}").status_code in (200, 500)
