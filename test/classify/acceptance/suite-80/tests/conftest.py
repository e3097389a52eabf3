import pathlib

import pytest

from cordwood import ledger, pg

MIGRATIONS = pathlib.Path(__file__).resolve().parent.parent / "migrations" / "pg"


@pytest.fixture
def db():
    conn = ledger.connect()
    yield conn
    conn.close()


@pytest.fixture
def ledger_file(tmp_path):
    path = str(tmp_path / "ledger.db")
    ledger.connect(path).close()
    return path


@pytest.fixture
def pgconn():
    conn = pg.connect()
    yield conn
    conn.rollback()
    with conn.cursor() as cur:
        cur.execute("TRUNCATE sales, buyers, stacks, yards RESTART IDENTITY CASCADE")
    conn.commit()
    conn.close()


@pytest.fixture
def yard_id(pgconn):
    return pg.add_yard(pgconn, "north")
