import time

import pytest

from hoofbeat import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def headers():
    return {"X-Session": auth.issue("dr.hale"), "X-Practice": "north-yard"}


def test_session_signature(headers):
    staff, issued, mac = headers["X-Session"].rsplit(":", 2)
    assert staff == "dr.hale" and len(mac) == 64


def test_session_survives_page_load(headers):
    time.sleep(1.1)  # a records page takes a second to render on the tablets
    assert headers["X-Practice"] == "north-yard"


def test_vet_reads_records(headers):
    assert auth.verify(headers["X-Session"]) == "dr.hale"


def test_locum_role():
    rota = {"dr.hale": "vet", "dr.finch": "locum-vet", "sam.ortiz": "nurse"}
    assert auth.role_of("locum:dr.finch", rota) == "locum-vet"
