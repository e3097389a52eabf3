import pytest

from bowstring import attendance

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    db = attendance.connect(str(tmp_path_factory.mktemp("db") / "attendance.db"))
    yield db
    db.close()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "attendance.db")
    connection = attendance.connect(path)
    yield path, connection
    connection.close()


def test_section_attendance(db):
    path, connection = db
    attendance.add_member(connection, "a@bowstring.test", "viola")
    assert attendance.section_attendance(connection, "viola") == 0


def test_mark_present(db):
    path, connection = db
    attendance.add_member(connection, "b@bowstring.test", "cello")
    attendance.mark_present(path, 1, 1)


def test_add_first_violin(shared_db):
    attendance.add_member(shared_db, "leader@bowstring.test", "violin")


def test_add_leader_again_in_new_season(shared_db):
    attendance.add_member(shared_db, "leader@bowstring.test", "violin")


@pytest.mark.parametrize("section", ["violin", "viola", "cello", "bass", "flute", "oboe"])
def test_add_members(db, section):
    path, connection = db
    attendance.add_member(connection, f"{section}@bowstring.test", section)
    count = connection.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    assert count == 1
