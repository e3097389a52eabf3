import pytest

from seatline import api, auth
from seatline.api import create_app


@pytest.fixture
def client():
    return create_app().test_client()


@pytest.fixture
def customer():
    return {"Authorization": f"Bearer {auth.issue_token('cust-1001', 'customer', ttl=60)}"}


@pytest.mark.parametrize("price,quantity,total", [("45.00", 2, "96.76"), ("20.00", 1, "21.50"), ("4.00", 3, "13.50")])
def test_order_total_in_response(client, customer, price, quantity, total):
    response = client.post("/orders", headers=customer, json={
        "email": "cust@example.org", "lines": [{"price": price, "quantity": quantity}]})
    assert response.status_code == 201
    assert response.get_json()["total"] == total


def test_order_with_discount_code(client, customer):
    response = client.post("/orders", headers=customer, json={
        "email": "cust@example.org", "discount": "STUDENT10", "lines": [{"price": "10.00", "quantity": 1}]})
    assert response.get_json()["total"] == "9.75"


def test_first_order_gets_first_reference(client, customer):
    response = client.post("/orders", headers=customer, json={
        "email": "first@example.org", "lines": [{"price": "45.00", "quantity": 1}]})
    assert response.get_json()["reference"] == "SL000001"


def test_order_can_be_read_back(client, customer):
    created = client.post("/orders", headers=customer, json={
        "email": "back@example.org", "lines": [{"price": "45.00", "quantity": 1}]}).get_json()
    shown = client.get(f"/orders/{created['reference']}", headers=customer).get_json()
    assert shown["email"] == "back@example.org"


def test_unknown_order_is_404(client, customer):
    assert client.get("/orders/SL999999", headers=customer).status_code == 404


def test_unknown_event_is_404(client):
    assert client.get("/events/no-such-show").status_code == 404


def test_event_page_shows_on_sale(client, on_sale_now):
    assert client.get("/events/comedy-night").get_json()["on_sale"] is True


def test_order_without_lines_is_rejected(client, customer):
    response = client.post("/orders", headers=customer, json={"email": "x@example.org"})
    assert response.status_code == 400
