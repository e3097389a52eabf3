import pytest

from roomwise import models
from roomwise.web import app


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_bankside_page(client):
    assert client.get("/hotels/LON").status_code == 200


def test_leith_page(client):
    assert client.get("/hotels/EDI").status_code == 200


def test_channel_booking_parsed():
    booking = models.booking_from({"id": "B-1", "rooms": ["305"], "arrival_date": "2026-12-24"})
    assert booking.rooms == ["305"]


def test_hotel_listing(client, guest_clinet):
    assert client.get("/hotels/LON").status_code == 200
