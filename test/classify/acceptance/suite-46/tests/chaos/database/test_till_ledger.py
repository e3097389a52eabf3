import pytest
from sqlalchemy import orm

from treadmark import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = ledger.engine_for(tmp_path / "ledger.sqlite")
    ledger.create(engine)
    yield engine
    engine.dispose()


def test_four_tills_open(engine):
    tills = ledger.open_tills(engine, 4)
    assert len(tills) == 4


def test_receipt_printed_twice(engine):
    with orm.Session(engine) as session:
        ledger.record(session, "T1", "R-100", 35600)
        ledger.record(session, "T1", "R-100", 35600)
        ledger.record(session, "T1", "R-101", 8900)
        assert ledger.total(session, "T1") == 44500


def test_till_total(engine):
    with orm.Session(engine) as session:
        ledger.record(session, "T2", "R-200", 11200)
        assert ledger.total(session, "T2") == 11200
