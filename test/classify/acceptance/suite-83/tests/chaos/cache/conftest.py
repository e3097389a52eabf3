import pytest

from berthline.cache import CacheClient


@pytest.fixture
def session_cache(settings):
    client = CacheClient(settings["cache_addr"])
    yield client
    client.close()
