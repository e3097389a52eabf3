from decimal import Decimal

import pytest
from sqlalchemy import select

from chairside import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.db")
    yield engine
    engine.dispose()


def test_record_and_read(engine):
    ledger.record_invoice(engine, "INV-1", "ada", Decimal("55.00"))
    with engine.connect() as conn:
        assert conn.execute(select(ledger.invoices.c.patient)).scalar_one() == "ada"


def test_refund(engine):
    ledger.record_invoice(engine, "INV-2", "cian", Decimal("95.00"))
    ledger.refund(engine, "INV-2")


def test_unpaid(engine):
    ledger.record_invoice(engine, "INV-3", "ada", Decimal("180.00"))
    assert [row.number for row in ledger.unpaid(engine)] == ["INV-3"]


def test_totals_for_the_morning(engine):
    for number, patient in enumerate(["ada", "cian", "orla", "finn"]):
        ledger.record_invoice(engine, f"INV-1{number}", patient, Decimal("55.00"))
    totals = ledger.totals_by_worker(engine, ["ada", "cian", "orla", "finn"])
    assert len(totals) == 4


def test_import_skips_duplicates(engine):
    ledger.record_invoice(engine, "INV-20", "ada", Decimal("55.00"))
    ledger.import_batch(engine, [("INV-20", "ada", Decimal("55.00")), ("INV-21", "orla", Decimal("95.00"))])
    with engine.connect() as conn:
        assert conn.execute(select(ledger.invoices.c.number).where(ledger.invoices.c.number == "INV-21")).scalar_one()


def test_close_day(engine, tmp_path):
    ledger.close_day(engine, tmp_path / "ledger.db")
