import pytest

from boltyard import damage

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path):
    return damage.engine_for(tmp_path / "damage.db")


def test_charge_and_month_end(engine):
    damage.charge(engine, "depot-1", "H-1", "scratched bucket", 2500)
    assert damage.month_end(engine, ["depot-1"]) == [2500]


def test_second_charge_same_hire(engine):
    damage.charge(engine, "depot-2", "H-2", "cracked guard", 1800)
    damage.charge(engine, "depot-2", "H-2", "missing pin", 400)


def test_disputes(engine):
    damage.charge(engine, "depot-3", "H-3", "flat tyre", 900)
    assert damage.disputes(engine, "depot-3") == [(None,)]


def test_month_end_every_depot(engine):
    assert damage.month_end(engine, ["depot-1", "depot-2", "depot-3", "depot-4"]) == [0, 0, 0, 0]


def test_release_deposit(engine, tmp_path):
    damage.charge(engine, "depot-5", "H-5", "dent", 700)
    damage.release_deposit(tmp_path / "damage.db", "H-5")
