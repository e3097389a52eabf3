import pytest

from seatline import cache

pytestmark = pytest.mark.chaos


@pytest.fixture
def redis_client(settings):
    client = cache.client(settings)
    client.ping()
    yield client
    client.flushdb()


def test_seat_map_round_trip(redis_client):
    maps = cache.SeatMapCache(redis_client)
    maps.put("spring-gala", {"stalls": ["A1", "A2"]})
    assert maps.get("spring-gala") == {"stalls": ["A1", "A2"]}


def test_seat_map_invalidated_after_booking(redis_client):
    maps = cache.SeatMapCache(redis_client)
    maps.put("spring-gala", {"stalls": ["A1"]})
    maps.invalidate("spring-gala")
    assert maps.get("spring-gala") is None


def test_sold_counter_starts_at_zero(redis_client):
    assert cache.SeatMapCache(redis_client).sold("never-sold") == 0
