import pytest
import webtest

from vitrine import api


@pytest.fixture
def app():
    return webtest.TestApp(api.make_app())


@pytest.fixture
def admin():
    return webtest.TestApp(api.make_admin_app())


def test_health(app):
    assert app.get("/healthz").json["ok"] is True


def test_object(app):
    response = app.get("/objects/2019.44")
    assert response.json["accession"] == "2019.44"


def test_object_images(app):
    assert app.get("/objects/2019.44/images").json["images"]


def test_admin_objects(admin):
    assert admin.get("/admin/objects").json["objects"] == []


def test_admin_health(admin):
    assert admin.get("/admin/objects").status_int == 200
