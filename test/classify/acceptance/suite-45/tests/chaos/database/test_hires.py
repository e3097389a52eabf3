import pytest

from boltyard import hires

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = hires.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_open_hire(db):
    assert hires.open_hire(db, "acme-builders", "mini-digger", 3) > 0


def test_kit_of(db):
    hire = hires.open_hire(db, "acme-builders", "breaker", 1)
    assert hires.kit_of(db, hire) == "breaker"


def test_long_hire(db):
    assert hires.open_hire(db, "acme-builders", "dumper-3t", 28) > 0


def test_unknown_hire(db):
    with pytest.raises(TypeError):
        hires.kit_of(db, -1)
