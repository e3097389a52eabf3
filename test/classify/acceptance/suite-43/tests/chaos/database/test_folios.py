import pytest
from sqlalchemy.orm import Session

from roomwise import folio

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    engine = folio.engine_for(tmp_path / "folio.db")
    yield engine
    engine.dispose()


def test_three_charges(engine):
    with Session(engine) as session:
        folio.post_charges(session, "F-101", [12000, 1800, 650])
        assert folio.balance(session, "F-101") == 14450


def test_one_charge(engine):
    with Session(engine) as session:
        folio.post_charges(session, "F-102", [9000])
        assert folio.balance(session, "F-102") == 9000


def test_tax_report(engine):
    assert folio.taxes_by_folio(engine) == {}


def test_four_desks(engine):
    folio.parallel_desks(engine, 4)


def test_night_audit(tmp_path):
    folio.night_audit(tmp_path / "audit.db")
