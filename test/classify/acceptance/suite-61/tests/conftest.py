import pytest

from milkrun import auth, cache, collection

from . import servers


@pytest.fixture(scope="session")
def dairy_pg():
    conn = collection.connect()
    yield conn
    conn.close()


@pytest.fixture
def reading_cache():
    conn = cache.client()
    conn.ping()
    yield conn
    conn.close()


@pytest.fixture
def driver_token():
    return auth.sign_in("driver.okafor", "staging-password")


@pytest.fixture(scope="session")
def gateway():
    server = servers.coop_gateway()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def lab():
    server = servers.milk_lab()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def depot_memcached():
    server = servers.memcached()
    yield server.server_address
    server.shutdown()


@pytest.fixture(scope="session")
def telemetry():
    server = servers.telemetry_hub()
    yield server.server_address
    server.shutdown()


@pytest.fixture(scope="session")
def meters():
    server = servers.meter_hub()
    yield server.server_address
    server.shutdown()


@pytest.fixture
def collection_book(tmp_path):
    conn = collection.open_book(str(tmp_path / "book.sqlite3"))
    yield conn
    conn.close()
