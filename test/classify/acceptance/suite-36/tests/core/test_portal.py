from unittest import mock

import pytest

from chairside import web


@pytest.fixture
def client():
    return web.create_app().test_client()


def test_patient(client):
    assert client.get("/patients/1").json["clinic"] == "dublin-north"


def test_patient_without_phone(client):
    assert client.get("/patients/2").status_code == 200


def test_health(client):
    assert client.get("/healthz").status_code == 200


def test_remind(client):
    with mock.patch("chairside.reminders.send_sms", return_value="SM-1"):
        assert client.post("/patients/1/remind").json == {"sent": "SM-1"}
