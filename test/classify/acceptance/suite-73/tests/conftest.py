import pytest

from parcelwick import client, store
from parcelwick.carriers import Carrier
from parcelwick.settings import settings


@pytest.fixture
def conf():
    return settings()


@pytest.fixture
def carrier():
    return Carrier()


@pytest.fixture
def sess():
    return client.session()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "shipments.db")
    conn = store.connect(path)
    store.migrate(conn)
    yield conn, path
    conn.close()
