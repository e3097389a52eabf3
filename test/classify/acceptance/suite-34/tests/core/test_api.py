import pytest

from rinseway import web
from rest_framework.test import APIClient  # after rinseway.web, which configures Django


@pytest.fixture
def api():
    return APIClient()


def test_shop_details(api):
    response = api.get("/shops/LDN-01/")
    assert response.json()["closes"]


def test_unknown_shop_is_404(api):
    response = api.get("/shops/XXX-99/")
    assert response.status_code == 404


def test_booking_created(api):
    response = api.post("/bookings/", {"shop": "LDN-01", "machine": 3, "program": "cotton"}, format="json")
    assert response.status_code == 201


def test_booking_delicates(api):
    response = api.post("/bookings/", {"shop": "LDN-01", "machine": 3, "program": "delicates"}, format="json")
    assert response.status_code == 201, response.json()


def test_refund_amount(api):
    response = api.post("/refund/", {"amount": "4.50"}, format="json")
    assert response.json()["refunded"] == 450


def test_bookings_listed(api):
    response = api.get("/booking/")
    assert response.status_code == 200


def test_bookings_start_empty():
    assert web.BOOKINGS == {}
