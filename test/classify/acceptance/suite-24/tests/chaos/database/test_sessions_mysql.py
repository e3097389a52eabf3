import pytest

from voltbay import sessions_db

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    connection = sessions_db.connect()
    yield connection
    connection.close()


def test_open_session(db):
    assert sessions_db.open_session(db, "HAM-0007", "driver-17") > 0


def test_sessions_of_driver(db):
    sessions_db.open_session(db, "HAM-0007", "driver-17")
    assert sessions_db.sessions_of(db, "driver-17")


def test_sessions_in_order(db):
    first = sessions_db.open_session(db, "HAM-0007", "driver-18")
    second = sessions_db.open_session(db, "HAM-0008", "driver-18")
    assert [row[0] for row in sessions_db.sessions_of(db, "driver-18")] == [first, second]


def test_no_sessions_for_new_driver(db):
    assert sessions_db.sessions_of(db, "driver-new") == []


def test_session_station_kept(db):
    sessions_db.open_session(db, "HAM-0009", "driver-19")
    assert sessions_db.sessions_of(db, "driver-19")[0][1] == "HAM-0009"


def test_two_drivers_apart(db):
    sessions_db.open_session(db, "HAM-0007", "driver-20")
    sessions_db.open_session(db, "HAM-0007", "driver-21")
    assert len(sessions_db.sessions_of(db, "driver-20")) == 1

