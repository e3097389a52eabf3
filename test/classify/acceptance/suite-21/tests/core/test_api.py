import pytest

from moorline.app import app


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_create_booking(client):
    response = client.post("/bookings", json={"boat": {"loa_m": 10.2}, "nights": 2})
    assert response.status_code == 201


def test_berth_details(client):
    response = client.get("/berths/A14")
    assert response.get_json()["length_m"] == 14.0
