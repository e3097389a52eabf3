import pytest

from reedbank import db


@pytest.fixture
def pg(settings):
    conn = db.connect(settings["database"]["url"])
    yield conn
    conn.close()


@pytest.fixture
def ledger(tmp_path):
    conn = db.ledger(tmp_path / "ledger.sqlite3")
    yield conn
    conn.close()
