"""Who may see which orders."""

import pytest

from hotbox import auth
from hotbox.app import ORDERS

pytestmark = pytest.mark.chaos


def bearer(subject, role):
    return {"Authorization": f"Bearer {auth.issue_token(subject, role)}"}


@pytest.mark.parametrize("path", ["/orders/1", "/couriers/7/orders"])
def test_endpoints_need_a_token(api, path):
    assert api.get(path).status_code == 422


def test_garbage_token_is_unauthorised(api):
    assert api.get("/couriers/7/orders", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_courier_sees_own_orders(api):
    ORDERS[9001] = {"id": 9001, "restaurant": "pizzeria-uno", "courier_id": 7, "status": "assigned",
                    "total_cents": 1999, "eta_minutes": 12}
    response = api.get("/couriers/7/orders", headers=bearer(7, "courier"))
    assert response.status_code == 200


def test_courier_cannot_see_another_couriers_orders(api):
    assert api.get("/couriers/8/orders", headers=bearer(7, "courier")).status_code == 403


def test_support_sees_any_courier(api):
    assert api.get("/couriers/8/orders", headers=bearer("s-1", "support")).status_code == 200
