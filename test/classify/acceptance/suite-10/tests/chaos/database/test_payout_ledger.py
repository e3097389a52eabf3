"""Couriers' payouts in the ledger store (SQLite through SQLAlchemy)."""

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from hotbox import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(f"sqlite:///{tmp_path / 'ledger.db'}")
    yield engine
    engine.dispose()


def test_single_payout_is_recorded(engine):
    with Session(engine) as session:
        ledger.pay(session, 7, 4200)
        assert ledger.total_paid(session, 7) == 4200


def test_end_of_week_pays_each_shift_separately(engine):
    with Session(engine) as session:
        for shift in (3100, 2750, 1980):
            ledger.pay(session, 12, shift)
        assert ledger.total_paid(session, 12) == 7830


def test_payout_totals_under_concurrent_statements(engine):
    """Eight workers each hold a connection while the week's totals are computed."""
    errors = []
    started = threading.Barrier(8, timeout=3)

    def work():
        try:
            with engine.connect() as conn:
                started.wait()
                conn.execute(text("SELECT count(*) FROM payouts")).scalar()
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def test_tips_recorded_from_the_webhook_thread(tmp_path):
    jar = ledger.TipJar(tmp_path / "tips.db")
    errors = []

    def webhook():
        try:
            jar.record(1001, 250)
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    thread = threading.Thread(target=webhook)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    assert jar.total() == 250
