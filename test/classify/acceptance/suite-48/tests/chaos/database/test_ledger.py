import pytest
import sqlalchemy

from tideshelf import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def ledger_engine(tmp_path):
    eng = ledger.engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    yield eng
    eng.dispose()


def test_sales_recorded_by_four_clerks(ledger_engine):
    sales = [(lot, f"b-{lot % 5}", 2, "6.40") for lot in range(16)]
    ledger.record_sales(ledger_engine, sales, workers=4)
    with ledger_engine.connect() as conn:
        assert conn.execute(sqlalchemy.text("SELECT count(*) FROM sales")).scalar() == 16


def test_landing_written_to_quay_book(tmp_path):
    book = ledger.QuayBook(str(tmp_path / "quays.db"))
    book.land("east", 40)
