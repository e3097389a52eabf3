import pytest

from stowfold import ledger


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.db")
    ledger.create_schema(engine)
    yield engine
    engine.dispose()


def test_payment_recorded(engine):
    ledger.record_payment(engine, "p-1", "A101", 8900)


def test_payment_corrected(engine):
    ledger.record_payment(engine, "p-2", "A101", 8900)
    ledger.correct_payment(engine, "p-2", 9100)


def test_arrears(engine):
    ledger.record_payment(engine, "p-3", "A101", 8900)
    assert ledger.arrears(engine, "A101") == 0


def test_site_totals(engine):
    for number, unit in enumerate(["A101", "A102", "A103"]):
        ledger.record_payment(engine, f"p-{number}", unit, 1000)
    assert ledger.site_totals(engine, ["A101", "A102", "A103"]) == {"A101": 1000, "A102": 1000, "A103": 1000}


def test_close_day(tmp_path):
    ledger.close_day(tmp_path / "office.db", "2026-03-02")
