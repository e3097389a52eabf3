import pytest

from chairside import records

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def records_db():
    conn = records.connect()
    conn.autocommit = False
    yield conn
    conn.close()


@pytest.fixture
def db(records_db):
    yield records_db
    records_db.rollback()


def test_add_treatment(db):
    assert records.add_treatment(db, 1, "D2391", 36) > 0


def test_treatments_in_order(db):
    records.add_treatment(db, 2, "D0120", 11)
    records.add_treatment(db, 2, "D1110", 11)
    assert [row["code"] for row in records.treatments_of(db, 2)] == ["D0120", "D1110"]


def test_unknown_patient(db):
    assert records.treatments_of(db, 999) == []


@pytest.mark.parametrize("tooth", [11, 26, 38, 47])
def test_tooth_kept(db, tooth):
    records.add_treatment(db, 3, "D2391", tooth)
    assert records.treatments_of(db, 3)[-1]["tooth"] == tooth


def test_crown_after_filling(db):
    records.add_treatment(db, 4, "D2391", 46)
    records.add_treatment(db, 4, "D2740", 46)
    assert len(records.treatments_of(db, 4)) == 2
