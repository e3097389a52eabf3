"""Prescription records in the chain's PostgreSQL (not started on the runner in this job)."""
import pytest

from dispensa import records

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = records.connect()
    yield conn
    conn.close()


def test_dispense_marks_prescription(db):
    records.dispense(db, 1001, "AMOX-500", 21)


def test_refill_is_recorded(db):
    records.refill(db, 1001)


def test_patient_history(db):
    assert records.patient_history(db, 17) == []


def test_audit_lock(db):
    assert records.lock_for_audit(db, "leeds") == []


def test_reserve_for_order(db):
    records.reserve_for_order(db, 77, ["AMOX-500"])
