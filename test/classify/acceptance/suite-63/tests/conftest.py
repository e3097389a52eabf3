import pytest

from lampwatch import beacons, notices, registry, settings
from tests import servers


@pytest.fixture(scope="session", autouse=True)
def stand_ins():
    idp, notices_url = servers.start()
    settings.IDP_URL = idp
    settings.NOTICES_URL = notices_url
    settings.BUOY_HUB_URL = f"{notices_url}/buoys"


@pytest.fixture
def registry_db():
    conn = registry.registry()
    yield conn
    conn.close()


@pytest.fixture
def beacon_cache():
    client = beacons.beacon_cache()
    yield client
    client.close()


@pytest.fixture
def ais():
    sock = notices.ais_receiver()
    yield sock
    sock.close()


@pytest.fixture
def logbook_path(tmp_path):
    return str(tmp_path / "logbook.sqlite")


@pytest.fixture
def logbook(logbook_path):
    conn = registry.logbook(logbook_path)
    yield conn
    conn.close()
