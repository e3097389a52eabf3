import pytest

from pawstay.web import app


@pytest.fixture
def client():
    return app.test_client()


def test_stay(client):
    assert client.get("/stays/s-1").get_json()["dog"] == "rex"


def test_pickup_time(client):
    response = client.get("/stays/s-1/pickup")
    assert response.status_code == 200


def test_stay_nights(client):
    assert client.get("/stays/s-1").get_json()["nights"] == 4


def test_stay_kennel(clinet):
    assert clinet.get("/stays/s-1").get_json()["kennel"] == "k1"
