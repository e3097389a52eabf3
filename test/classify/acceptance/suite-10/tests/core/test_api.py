import pytest

from hotbox.app import ORDERS

PIZZA = {"name": "margherita", "price_cents": 1250, "quantity": 2}


@pytest.fixture
def placed(api, customer_headers):
    created = []

    def place(**extra):
        body = {"restaurant": "pizzeria-uno", "items": [PIZZA], "distance_km": 3.0, **extra}
        response = api.post("/orders", json=body, headers=customer_headers)
        created.append(response.json()["id"])
        return response

    yield place
    for order_id in created:
        del ORDERS[order_id]
    ORDERS.clear()


def test_health(api):
    assert api.get("/health").json() == {"status": "ok"}


def test_place_order(placed):
    response = placed()
    assert response.status_code == 201
    assert response.json()["total_cents"] == 2749


def test_place_order_with_a_tip(placed):
    assert placed(tip_cents=200).json()["total_cents"] == 2949


def test_get_order(api, placed, customer_headers):
    order_id = placed().json()["id"]
    assert api.get(f"/orders/{order_id}", headers=customer_headers).json()["status"] == "placed"


def test_unknown_order_is_404(api, customer_headers):
    assert api.get("/orders/1", headers=customer_headers).status_code == 404


def test_receipt_of_an_order_without_a_tip(api, placed, customer_headers):
    order_id = placed().json()["id"]
    assert api.get(f"/orders/{order_id}/receipt", headers=customer_headers).json()["tip_cents"] == 0


def test_assign_a_courier(api, placed, customer_headers):
    order_id = placed().json()["id"]
    response = api.post(f"/orders/{order_id}/assign", params={"courier_id": 7}, headers=customer_headers)
    assert response.json()["courier_id"] == 7


def test_quote_from_the_app(api):
    response = api.post("/quotes", json={"distance_km": 3.0, "items": [PIZZA]})
    assert response.status_code == 200
    assert response.json()["total_cents"] == 2749


@pytest.mark.parametrize("bad", [{"restaurant": "x"}, {"items": [], "distance_km": 1}])
def test_incomplete_order_is_422(api, customer_headers, bad):
    assert api.post("/orders", json=bad, headers=customer_headers).status_code == 422
