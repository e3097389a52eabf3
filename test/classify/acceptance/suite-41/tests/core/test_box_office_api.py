import shutil

import pytest

from reelhouse import web


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


def test_screening(client):
    assert client.get("/screenings/s-1041").json["screen"] == "screen-4"


def test_unknown_screening(client):
    assert client.get("/screenings/s-0000").status_code == 404


def test_screening_listing(client):
    assert client.get("/screening/s-1041").status_code == 200


def test_export_moved(export_folder, tmp_path):
    (export_folder / "takings.csv").write_text("screen-1,1250\n")
    shutil.move(str(export_folder), str(tmp_path / "sent"))
    assert (tmp_path / "sent" / "takings.csv").exists()
