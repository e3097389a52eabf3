import pytest

from treadmark import models, web


@pytest.fixture
def client():
    quotes = {"205/55R16": 8900, "hours": {"LEEDS": {"opens": "07:30"}}}
    return web.create_app(quotes).test_client()


def test_quote(client):
    response = client.get("/quote/205-55R16?tyres=2")
    assert response.status_code == 200


def test_hours_for_depot(client):
    assert client.get("/depots/LEEDS/hours").json["opens"] == "07:30"


def test_booking_from_aggregator():
    booking = models.from_aggregator({"reference": "AG-1", "depot": "LEEDS", "slot": "2027-01-04T09:00:00Z",
                                      "vehicle": {"registration": "YK19 ABC", "tyre_size": "205/55R16"},
                                      "tyres": 4})
    assert booking.vehicle.tyre_size == "205/55R16"


def test_quote_for_van(clinet):
    assert clinet.get("/quote/215-65R16?tyres=4").status_code == 200


@pytest.fixture
def photo_dir(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    yield folder
    (folder / "front-left.jpg").unlink()
    folder.rmdir()


def test_photos_archived(photo_dir):
    (photo_dir / "front-left.jpg").write_bytes(b"\xff\xd8")
    (photo_dir / "front-left.jpg").rename(photo_dir.parent / "front-left.jpg")
    assert not list(photo_dir.iterdir())
