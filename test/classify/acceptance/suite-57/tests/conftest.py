import pytest

from combwright import auth, cache, settings
from tests import servers


@pytest.fixture
def hive_cache():
    conn = cache.client()
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def pressured_cache_server():
    server = servers.CacheServer(max_bytes=256 * 1024, max_item=128 * 1024)
    yield server
    server.close()


@pytest.fixture
def pressured_cache(pressured_cache_server):
    conn = cache.Client("127.0.0.1", pressured_cache_server.port)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def frame_cache_server():
    # staging's image cache runs with -M: it answers an error rather than evict
    server = servers.CacheServer(max_bytes=256 * 1024, evict=False)
    yield server
    server.close()


@pytest.fixture
def frame_cache(frame_cache_server):
    conn = cache.Client("127.0.0.1", frame_cache_server.port)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def session_store_server():
    server = servers.CacheServer(max_keys=settings.SESSION_STORE_MAX_KEYS)
    yield server
    server.close()


@pytest.fixture
def session_store(session_store_server):
    conn = cache.Client("127.0.0.1", session_store_server.port)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def identity_provider():
    provider = servers.IdentityProvider(port=int(settings.IDP_URL.rsplit(":", 1)[1]), per_second=10)
    yield provider
    provider.close()


@pytest.fixture
def inspector_token():
    return auth.mint("inspector.rowan")


@pytest.fixture
def hive_db():
    return {
        "H1": {"frames_of_bees": 6, "queen": "marked-2025"},
        "H2": {"frames_of_bees": 9, "queen": "unmarked"},
    }
