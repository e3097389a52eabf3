import ipaddress
import os
import pathlib

import pytest

from wardbook import clinics, settings

DATA = pathlib.Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def clinic_table():
    return clinics.load_clinics()


def test_cardiology_room(clinic_table):
    assert clinic_table["clinic"]["cardiology"]["room"] == "B2"


def test_dermatology_hours(clinic_table):
    assert clinic_table["clinic"]["dermatology"]["opens"] == 9


def test_rota_for_monday():
    rota = clinics.load_rota(DATA / "rota.yaml")
    assert rota["monday"] == ["cardiology", "dermatology"]


def test_pas_credentials():
    assert clinics.load_ini(DATA / "pas.ini")["user"] == "wardbook"


def test_allowed_networks():
    assert ipaddress.ip_address("10.20.4.7") in clinics.allowed_networks()[0]


def test_maintenance_banner():
    os.environ["WARDBOOK_MODE"] = "maintenance"
    assert settings.mode() == "maintenance"


def test_session_lookup(clinic_store):
    assert clinic_store.clinic_by_id(1)
