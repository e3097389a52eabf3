import pytest

from hoofbeat import records

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = records.connect()
    yield conn
    conn.close()


def test_register_horse(db):
    assert records.register(db, "826001000123456", "Bramble", "Okafor") == "826001000123456"


def test_find_by_passport(db):
    row = db.cursor().execute("SELECT name FROM horses WHERE passport = ?", "826001000123456").fetchone()
    assert row.name == "Bramble"


def test_visit_history(db):
    rows = db.cursor().execute("SELECT day FROM visits WHERE passport = ? ORDER BY day", "826001000123456").fetchall()
    assert rows


def test_change_owner(db):
    db.cursor().execute("UPDATE horses SET owner = ? WHERE passport = ?", "Lindqvist", "826001000123456")
    db.commit()


def test_archive_deceased(db):
    db.cursor().execute("UPDATE horses SET archived = TRUE WHERE passport = ?", "826001000999999")
    db.commit()


def test_microchip_is_unique(db):
    with pytest.raises(Exception, match="unique"):
        records.register(db, "826001000123456", "Bramble II", "Okafor")


def test_weight_series(db):
    rows = db.cursor().execute("SELECT kg FROM weights WHERE passport = ?", "826001000123456").fetchall()
    assert [row.kg for row in rows] == sorted(row.kg for row in rows)
