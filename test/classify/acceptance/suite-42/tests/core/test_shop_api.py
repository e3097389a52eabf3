import pytest

from crumbline import models
from crumbline.web import app


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_branch_page(client):
    assert client.get("/branches/MKT").status_code == 200


def test_station_branch(client):
    response = client.get("/branches/STN")
    assert response.status_code == 200


def test_customer_points(client):
    assert client.get("/customers/c-1/points").get_json() == {"points": 0}


def test_shop_order_parsed():
    order = models.shop_order_from({"id": "W-1", "items": ["rye"], "pickup_at": "09:00"})
    assert order.items == ["rye"]


def test_flour_delivery_parsed():
    assert models.delivery_from({"grade": "t55", "sacks": 10, "mill_lot": "L-7"}).sacks == 10


def test_order_listing(client, shop_clinet):
    assert client.get("/branches/MKT").status_code == 200
