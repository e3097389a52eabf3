import pytest

from gridcall import db, settings
from tests import servers


@pytest.fixture(scope="session", autouse=True)
def stand_ins():
    idp, control, meters, status = servers.start()
    settings.IDP_URL = f"http://127.0.0.1:{idp}"
    settings.CONTROL_IDP_URL = f"http://127.0.0.1:{control}"
    settings.METERS_URL = f"http://127.0.0.1:{meters}"
    settings.STATUS_REDIS = ("127.0.0.1", status)


@pytest.fixture(scope="session")
def register_schema():
    db.migrate()


@pytest.fixture
def register(register_schema):
    conn = db.connect()
    yield conn
    conn.close()
