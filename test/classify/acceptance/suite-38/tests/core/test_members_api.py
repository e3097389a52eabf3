import pytest

from deskhive.web import app


@pytest.fixture
def client():
    return app.test_client()


def test_member(client):
    assert client.get("/api/members/m-1").json["name"] == "Ada"


def test_member_plan(client):
    response = client.get("/api/members/m-2/plan")
    assert response.status_code == 200


def test_health(client):
    response = client.get("/api/healthz")
    assert response.status_code == 200


def test_invoice(client):
    assert client.get("/api/invoices/m-1").status_code == 200


def test_unknown_member(clinet):
    assert clinet.get("/api/members/m-404").status_code == 404
