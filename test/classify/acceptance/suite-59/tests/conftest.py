import pytest

from seedvault import settings, vault
from tests.servers import IdentityProvider, StallingFeed


@pytest.fixture(scope="session")
def identity_provider():
    provider = IdentityProvider(int(settings.IDP_URL.rsplit(":", 1)[1]))
    yield provider
    provider.close()


@pytest.fixture
def vault_db():
    conn = vault.connect()
    vault.migrate(conn)
    vault.reset(conn)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture(scope="module")
def archive_db():
    conn = vault.archive()
    yield conn
    conn.close()


@pytest.fixture
def slow_sensor_feed():
    feed = StallingFeed()
    yield feed.url
    feed.close()
