import pytest

from pawstay import pets

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = pets.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_add_pet(db):
    assert pets.add_pet(db, "Rex", "owner-1") > 0


def test_owner_of(db):
    pet = pets.add_pet(db, "Ada", "owner-2")
    assert pets.owner_of(db, pet) == "owner-2"


def test_same_name_two_owners(db):
    assert pets.add_pet(db, "Bo", "owner-3") != pets.add_pet(db, "Bo", "owner-4")


def test_unknown_pet(db):
    with pytest.raises(TypeError):
        pets.owner_of(db, -1)


def test_long_name(db):
    assert pets.add_pet(db, "Sir Barksalot the Third", "owner-5") > 0
