"""Loans, renewals and fines in the kiosk's SQLite ledger (SQLAlchemy)."""

from datetime import date

import pytest
from sqlalchemy.orm import Session

from lendwell import loans

pytestmark = pytest.mark.chaos


@pytest.fixture
def session(tmp_path):
    engine = loans.engine_for(f"sqlite:///{tmp_path / 'ledger.db'}")
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture(scope="module")
def shared_session(tmp_path_factory):
    engine = loans.engine_for(f"sqlite:///{tmp_path_factory.mktemp('kiosk') / 'ledger.db'}")
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_loan_is_due_in_three_weeks(session):
    loan = loans.lend(session, "30001000012344", "LW000101", date(2026, 11, 2))
    assert loan.due == date(2026, 11, 23)


def test_renewal_extends_the_loan(session):
    loans.lend(session, "30001000012344", "LW000101", date(2026, 11, 2))
    renewed = loans.renew(session, "30001000012344", date(2026, 11, 20))
    assert renewed.due == date(2026, 12, 11)


def test_copy_found_at_its_branch(session):
    session.add_all(
        [
            loans.Copy(barcode="30001000012344", isbn="9780141182803", branch="central"),
            loans.Copy(barcode="30001000012351", isbn="9780141182803", branch="central"),
        ]
    )
    session.commit()
    assert loans.copy_at(session, "9780141182803", "central").barcode.startswith("3000100001")


def test_fines_on_a_kiosk_built_from_migrations(tmp_path):
    engine = loans.engine_for(f"sqlite:///{tmp_path / 'kiosk.db'}", migrate=True)
    with Session(engine) as session:
        assert loans.outstanding_fines(session, "LW000101") == 0


def test_first_loan_of_the_day(shared_session):
    loan = loans.lend(shared_session, "30001000099991", "LW000101", date(2026, 11, 2))
    assert loan.id == 1


def test_loan_of_a_returned_copy(shared_session):
    loan = loans.lend(shared_session, "30001000099991", "LW000102", date(2026, 11, 3))
    assert loan.card == "LW000102"
