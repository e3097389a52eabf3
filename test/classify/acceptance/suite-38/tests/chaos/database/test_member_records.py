import pytest

from deskhive import members

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = members.connect()
    yield conn
    conn.rollback()
    conn.close()


def test_add_member(db):
    assert members.add_member(db, "ada@example.org", "hot-desk") > 0


def test_plan_of(db):
    member = members.add_member(db, "lin@example.org", "fixed-desk")
    assert members.plan_of(db, member) == "fixed-desk"


def test_duplicate_email(db):
    members.add_member(db, "sam@example.org", "hot-desk")
    with pytest.raises(Exception):
        members.add_member(db, "sam@example.org", "hot-desk")


def test_plan_change(db):
    member = members.add_member(db, "kai@example.org", "hot-desk")
    assert members.plan_of(db, member) == "hot-desk"


def test_unknown_member(db):
    with pytest.raises(TypeError):
        members.plan_of(db, -1)
