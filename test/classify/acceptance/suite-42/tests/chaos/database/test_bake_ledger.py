import pytest
from sqlalchemy.orm import Session

from crumbline import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.db")
    yield engine
    engine.dispose()


def test_batch_sheet_recorded(engine):
    ledger.record_batch_sheet(engine, "MKT", "b-0601", 40)


def test_bake_twice_then_total(engine):
    with Session(engine) as session:
        ledger.record_bake(session, "MKT", "b-0602", 30)
        ledger.record_bake(session, "MKT", "b-0602", 30)
        assert ledger.loaves_baked(session, "MKT") == 30


def test_waste_report(engine):
    assert ledger.waste_by_branch(engine) == {}


def test_four_shifts(engine):
    ledger.parallel_shifts(engine, 4)


def test_day_export(tmp_path):
    ledger.export_day(tmp_path / "day.db")
