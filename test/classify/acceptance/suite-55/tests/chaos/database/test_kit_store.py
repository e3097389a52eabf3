import pytest

from fellcall import kit

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def shared_kit(tmp_path_factory):
    conn = kit.connect(str(tmp_path_factory.mktemp("kit") / "kit.sqlite3"))
    kit.create(conn)
    yield conn
    conn.close()


def test_add_kit(kit_db):
    path, conn = kit_db
    kit.add(conn, "rope-1", "rope")
    assert conn.execute("SELECT kind FROM kit WHERE tag = 'rope-1'").fetchone() == ("rope",)


def test_service_due(kit_db):
    path, conn = kit_db
    kit.add(conn, "rope-2", "rope")
    assert kit.service_due(conn) == []


def test_check_out_logs_movement(kit_db):
    path, conn = kit_db
    kit.add(conn, "stretcher-1", "stretcher")
    kit.check_out(path, "stretcher-1")
    assert conn.execute("SELECT direction FROM movements").fetchall() == [("out",)]


def test_register_first_aid_kits(shared_kit):
    for tag in ["fak-1", "fak-2", "fak-3"]:
        kit.add(shared_kit, tag, "first-aid")
    assert shared_kit.execute("SELECT COUNT(*) FROM kit").fetchone() == (3,)


def test_register_one_first_aid_kit(shared_kit):
    kit.add(shared_kit, "fak-1", "first-aid")
    assert shared_kit.execute("SELECT COUNT(*) FROM kit WHERE kind = 'first-aid'").fetchone() == (1,)
