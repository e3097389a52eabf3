import shutil

import pytest

from boltyard import models, web


@pytest.fixture
def client():
    web.app.config["TESTING"] = True
    return web.app.test_client()


@pytest.fixture
def export_folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_kit(client):
    assert client.get("/kit/MD-0042").json["depot"] == "depot-2"


def test_unknown_kit(client):
    assert client.get("/kit/XX-0000").status_code == 404


def test_meter_reading():
    payload = {"machine": "MD-0042", "hours": 1240.5, "fuel_percent": "62%", "latitude": 53.68, "longitude": -1.5}
    assert models.reading_from(payload).fuel_percent == 62


def test_export_sent(export_folder, tmp_path):
    (export_folder / "hires.csv").write_text("H-2041,mini-digger\n")
    shutil.move(str(export_folder), str(tmp_path / "sent"))
    assert (tmp_path / "sent" / "hires.csv").exists()
