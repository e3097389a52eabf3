import datetime
import sqlite3

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from wardbook import store

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = sa.create_engine(
        f"sqlite:///{tmp_path / 'wardbook.db'}", poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=0, pool_timeout=0.5
    )
    store.Base.metadata.create_all(engine)
    with Session(engine) as session:
        cardiology = store.Clinic(id=1, name="Cardiology")
        session.add_all([cardiology, store.Clinic(id=2, name="Cardiology"), store.Clinic(id=3, name="Dermatology")])
        session.add_all([store.Booking(patient="9434765919", clinic=cardiology)])
        session.commit()
    yield engine
    engine.dispose()


@pytest.fixture
def postgres(postgres_stub):
    port = postgres_stub("3D000", 'database "wardbook_test" does not exist')
    conn = store.connect(port)
    yield conn
    conn.close()


@pytest.fixture
def audit_db(tmp_path):
    conn = sqlite3.connect(tmp_path / "audit.db")
    conn.execute("CREATE TABLE audit (event TEXT, at TEXT)")
    yield conn
    conn.execute("DELETE FROM audit")
    conn.close()


def test_connect_with_ci_password(postgres_stub):
    port = postgres_stub("28P01", 'password authentication failed for user "wardbook"')
    store.connect(port).close()


def test_schema_version(postgres):
    with postgres.cursor() as cursor:
        cursor.execute("SELECT version FROM schema_migrations")
        assert cursor.fetchone()


def test_bookings_table_exists(postgres):
    with postgres.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bookings')")
        assert cursor.fetchone()[0]


def test_connect_during_load(postgres_stub):
    port = postgres_stub("53300", "sorry, too many clients already")
    store.connect(port).close()


def test_read_from_replica():
    with store.replica() as conn:
        assert conn.server_version >= 150000


def test_clinic_appointments(engine):
    clinic = store.Store(engine).clinic_by_id(1)
    assert [b.patient for b in clinic.appointments] == ["9434765919"]


def test_clinic_by_name(engine):
    assert store.Store(engine).clinic("Cardiology").id == 1


def test_clinic_by_unique_name(engine):
    assert store.Store(engine).clinic("Dermatology").id == 3


def test_counts_for_the_day(engine):
    counts = store.Store(engine)
    assert [counts.count_for(clinic) for clinic in (1, 2, 3)] == [1, 0, 0]


def test_audit_trail_document():
    booking = {"patient": "9434765919", "day": datetime.date(2026, 12, 3), "clinic": "cardiology"}
    assert store.audit_document(booking)


def test_audit_survives_restart(audit_db, tmp_path):
    audit_db.execute("INSERT INTO audit VALUES ('book', '2026-12-03T08:00')")
    audit_db.commit()
    audit_db.close()
    reopened = sqlite3.connect(tmp_path / "audit.db")
    assert reopened.execute("SELECT count(*) FROM audit").fetchone() == (1,)
    reopened.close()
