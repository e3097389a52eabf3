import pytest

from roomwise import availability

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = availability.connect()
    yield client
    client.flushdb()


def test_free_after_booking(cache):
    availability.put_free(cache, "LON", "2026-12-24", ["101", "102"])
    assert availability.free(cache, "LON", "2026-12-24") == ["101", "102"]


def test_nothing_free(cache):
    assert availability.free(cache, "EDI", "2026-12-31") == []


def test_free_overwritten(cache):
    availability.put_free(cache, "LON", "2026-12-24", ["101"])
    availability.put_free(cache, "LON", "2026-12-24", [])
    assert availability.free(cache, "LON", "2026-12-24") == []


def test_free_expires(cache):
    availability.put_free(cache, "LON", "2026-12-24", ["101"])
    assert cache.ttl("free:LON:2026-12-24") > 0


def test_every_hotel(cache):
    for hotel in ("LON", "EDI", "MAN", "BRS"):
        availability.put_free(cache, hotel, "2026-12-24", ["101"])
    assert len(cache.keys("free:*")) == 4
