from decimal import Decimal

import pytest

from deskhive import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.db")
    yield engine
    engine.dispose()


def test_charge_and_total(engine):
    ledger.charge(engine, "m-1", "r-1", Decimal("12.50"))
    ledger.charge(engine, "m-1", "r-2", Decimal("7.50"))
    assert ledger.total(engine, "m-1") == Decimal("20.00")


def test_charge_retried_after_timeout(engine):
    ledger.charge(engine, "m-2", "r-3", Decimal("30.00"))
    ledger.charge(engine, "m-2", "r-3", Decimal("30.00"))
    assert ledger.total(engine, "m-2") == Decimal("30.00")


def test_refunds_listed(engine):
    ledger.charge(engine, "m-3", "r-4", Decimal("5.00"))
    assert ledger.refunds(engine, "m-3") == []


def test_nightly_close(engine):
    for n in range(4):
        ledger.charge(engine, f"m-{n}", f"n-{n}", Decimal("1.00"))
    assert ledger.nightly_close(engine, [f"m-{n}" for n in range(4)]) == [Decimal("1.00")] * 4


def test_invoice_reissued(engine, tmp_path):
    ledger.charge(engine, "m-5", "r-5", Decimal("9.00"))
    ledger.reissue_invoice(tmp_path / "ledger.db", "m-5")
