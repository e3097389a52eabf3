"""Stock levels through the branch Redis (not started on the runner in this job)."""
import pytest

from dispensa import stock_cache

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = stock_cache.client()
    client.ping()
    yield stock_cache.StockCache(client, loader=lambda branch, sku: 40)
    client.flushdb()


def test_put_and_read(cache):
    cache.put("leeds", "AMOX-500", 12)
    assert cache.level("leeds", "AMOX-500") == 12


def test_miss_loads_from_database(cache):
    assert cache.level_or_load("leeds", "IBU-200") == 40


def test_reserve_decrements(cache):
    cache.put("leeds", "PARA-500", 10)
    assert cache.reserve("leeds", "PARA-500", 3) == 7


def test_branch_levels(cache):
    assert cache.branch_levels("york") == {}


def test_expiry_is_set(cache):
    cache.put("york", "AMOX-500", 5)
    assert cache.redis.ttl(cache.key("york", "AMOX-500")) > 0
