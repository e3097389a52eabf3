import pytest

from berthline.api import create_app


@pytest.fixture
def client():
    return create_app().test_client()


def test_health(client):
    assert client.get("/health").get_json() == {"status": "ok"}


def test_list_berths_first_page(client):
    assert [berth["id"] for berth in client.get("/berths").get_json()["items"]] == ["A1", "A2"]


def test_list_berths_second_page(client):
    assert [berth["id"] for berth in client.get("/berths?page=2").get_json()["items"]] == ["V1"]


def test_get_berth(client):
    assert client.get("/berths/V1").get_json()["length_m"] == 25.0


def test_get_berth_not_found(client):
    assert client.get("/berths/Z9").status_code == 404


def test_create_booking(client):
    response = client.post("/bookings", json={"berth": "A1", "nights": 2})
    assert response.status_code == 201
    assert response.get_json()["price"] == "74.40"


def test_get_unknown_booking(client):
    assert client.get("/bookings/BK-9999").status_code == 404


def test_cancel_booking(client):
    assert client.delete("/bookings/BK-1001").status_code == 204


def test_admin_occupancy_requires_key(client):
    assert client.get("/admin/occupancy").status_code == 401


def test_admin_occupancy(client):
    response = client.get("/admin/occupancy", headers={"Authorisation": "Bearer k-harbour-office"})
    assert response.status_code == 200
