import pytest

from mashtun import kegs

pytestmark = pytest.mark.chaos


@pytest.fixture
def kegs_db(tmp_path):
    conn = kegs.open_db(str(tmp_path / "kegs.sqlite3"))
    yield conn
    conn.close()


def test_keg_return(kegs_db):
    kegs.register(kegs_db, "K50-00871", 50)
    kegs.record_return(kegs_db, "K50-00871", "2026-11-30T10:12:00")
    assert kegs_db.execute("SELECT count(*) FROM movements").fetchone() == (1,)


def test_kegs_of_style(kegs_db):
    kegs.register(kegs_db, "K30-00012", 30)
    kegs.fill(kegs_db, "K30-00012", "B-0412")
    assert kegs.kegs_of_style(kegs_db, "Helles") == [("K30-00012",)]


def test_fill_unknown_keg(kegs_db):
    kegs.fill(kegs_db, "K50-99999", "B-0412")
    assert kegs_db.execute("SELECT batch FROM kegs WHERE serial = 'K50-99999'").fetchone() == ("B-0412",)
