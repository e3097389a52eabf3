import pytest

from lapwater import members

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def shared_members(tmp_path_factory):
    conn = members.connect(str(tmp_path_factory.mktemp("shared") / "members.sqlite3"))
    members.create(conn)
    yield conn
    conn.close()


def test_join_adult_member(members_db):
    members.join(members_db, 1, "ada@lapwater.test", "adult")
    assert members.count(members_db) == 1


def test_lapsed_members(members_db):
    members.join(members_db, 2, "bo@lapwater.test", "junior")
    assert members.lapsed(members_db) == []


def test_visit_counts_swims(members_db, tmp_path):
    members.join(members_db, 3, "cy@lapwater.test", "senior")
    members.record_visit(str(tmp_path / "members.sqlite3"), 3, "lido")
    assert members_db.execute("SELECT swims FROM members WHERE id = 3").fetchone()[0] == 1


def test_archive_member():
    members.archive(4)


def test_join_at_riverside(shared_members):
    members.join(shared_members, 7, "dee@lapwater.test", "adult")
    assert members.count(shared_members) == 1


def test_join_at_northgate(shared_members):
    members.join(shared_members, 7, "eli@lapwater.test", "family")
    assert members.count(shared_members) == 1
