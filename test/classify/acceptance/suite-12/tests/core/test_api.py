import falcon
import falcon.testing
import pytest

from kerbside import api


@pytest.fixture
def client():
    return falcon.testing.TestClient(api.create_app())


def test_get_vehicle(client):
    result = client.simulate_get("/vehicles/1")
    assert result.json["plate"] == "1KB-001"


def test_unknown_vehicle(client):
    assert client.simulate_get("/vehicles/99").status_code == 404


def test_vehicles_in_zone(client):
    result = client.simulate_get("/zones/cbd")
    assert result.status_code == 200
    assert [v["id"] for v in result.json["vehicles"]] == [1]


def test_create_reservation(client):
    result = client.simulate_post("/reservations", json={"vehicle_id": 2, "member_id": 900060})
    assert result.status == falcon.HTTP_201


def test_reservation_for_unknown_vehicle(falcon_client):
    result = falcon_client.simulate_post("/reservations", json={"vehicle_id": 99, "member_id": 900061})
    assert result.status_code == 422
