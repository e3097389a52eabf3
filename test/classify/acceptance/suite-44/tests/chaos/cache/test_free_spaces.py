import pytest

from baywarden import occupancy

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = occupancy.connect()
    yield client
    client.flushdb()


def test_free_after_entry(cache):
    occupancy.put_free(cache, "NORTH", {"1": 40, "2": 12})
    assert occupancy.free(cache, "NORTH") == {"1": 40, "2": 12}


def test_unknown_garage(cache):
    assert occupancy.free(cache, "NOWHERE") is None


def test_free_expires(cache):
    occupancy.put_free(cache, "QUAY", {"1": 3})
    assert cache.ttl("free:QUAY") > 0
