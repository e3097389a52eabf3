import pytest

from baywarden import models
from baywarden.web import app


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_north_page(client):
    assert client.get("/garages/NORTH").status_code == 200


def test_quay_page(client):
    assert client.get("/garages/QUAY").status_code == 200


def test_app_booking_parsed():
    booking = models.booking_from({"id": "A-1", "plate": "AB12 CDE", "garage": "NORTH", "arrival_at": "2026-12-05T08:00"})
    assert booking.plate == "AB12 CDE"


def test_garage_listing(client, driver_clinet):
    assert client.get("/garages/NORTH").status_code == 200
