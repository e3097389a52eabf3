import sqlite3

import pytest

from moorline import registry

pytestmark = pytest.mark.chaos

KITTIWAKE = {"mmsi": "235012345", "name": "Kittiwake", "length_m": 11.2, "owner": "J. Marsh"}


@pytest.fixture
def db(tmp_path):
    conn = registry.open_registry(tmp_path / "registry.sqlite3")
    yield conn
    conn.close()


def test_register(db):
    registry.register(db, KITTIWAKE)
    assert registry.find_by_name(db, "Kittiwake") == [("235012345", "Kittiwake")]


def test_register_again_updates_owner(db):
    registry.register(db, KITTIWAKE)
    registry.register(db, {**KITTIWAKE, "owner": "A. Marsh"})
    assert db.execute("SELECT owner FROM vessels").fetchone() == ("A. Marsh",)


def test_find_by_name_with_apostrophe(db):
    registry.register(db, {**KITTIWAKE, "mmsi": "235099887", "name": "Skipper's Dream"})
    assert len(registry.find_by_name(db, "Skipper's Dream")) == 1


def test_deep_draft_vessels(db):
    registry.register(db, KITTIWAKE)
    assert registry.deep_draft(db, 2.0) == []


def test_arrivals_logged_by_office(db, tmp_path):
    registry.register(db, KITTIWAKE)
    office = sqlite3.connect(tmp_path / "registry.sqlite3", timeout=0.2)
    office.execute("CREATE TABLE IF NOT EXISTS office_log (mmsi TEXT, berth TEXT)")
    office.commit()

    def notify(arrival):
        office.execute("INSERT INTO office_log VALUES (?, ?)", (arrival["mmsi"], arrival["berth"]))
        office.commit()

    registry.record_arrivals(db, [{"mmsi": "235012345", "berth": "A12"}], notify)
    assert office.execute("SELECT count(*) FROM office_log").fetchone() == (1,)
