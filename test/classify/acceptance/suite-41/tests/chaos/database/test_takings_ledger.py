import pytest

from reelhouse import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    return ledger.engine_for(tmp_path / "takings.db")


def test_record_and_total(engine):
    ledger.record(engine, "screen-1", "tx-1", 1250)
    assert ledger.close_night(engine, ["screen-1"]) == [1250]


def test_refund(engine):
    ledger.record(engine, "screen-2", "tx-2", 1250)
    ledger.refund(engine, "screen-2", "tx-2", 1250)


def test_voids(engine):
    ledger.record(engine, "screen-3", "tx-3", 900)
    assert ledger.voids(engine, "screen-3") == [(None,)]


def test_close_every_screen(engine):
    assert ledger.close_night(engine, ["screen-1", "screen-2", "screen-3", "screen-4"]) == [0, 0, 0, 0]


def test_reconcile(engine, tmp_path):
    ledger.record(engine, "screen-5", "tx-5", 700)
    ledger.reconcile(tmp_path / "takings.db", "screen-5")
