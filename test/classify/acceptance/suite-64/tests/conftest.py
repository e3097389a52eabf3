import pytest

from tramyard import cache, depot, feeds, settings
from tests import servers


@pytest.fixture(scope="session", autouse=True)
def stand_ins():
    idp, info, telemetry = servers.start()
    settings.IDP_URL = f"http://127.0.0.1:{idp}"
    settings.PASSENGER_INFO_URL = f"http://127.0.0.1:{info}"
    settings.TELEMETRY_ADDRESS = ("127.0.0.1", telemetry)


@pytest.fixture
def fleet_db():
    conn = depot.fleet()
    yield conn
    conn.close()


@pytest.fixture
def line_cache():
    client = cache.line_cache()
    yield client
    client.close()


@pytest.fixture
def feed():
    sock = feeds.timetable_feed()
    yield sock
    sock.close()


@pytest.fixture
def workbook_path(tmp_path):
    return str(tmp_path / "workbook.sqlite")


@pytest.fixture
def workbook(workbook_path):
    conn = depot.workbook(workbook_path)
    yield conn
    conn.close()
