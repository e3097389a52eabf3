import pytest

from pawstay import kennels

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = kennels.connect()
    yield client
    client.flushdb()


def test_put_and_read(cache):
    kennels.put_free(cache, "2026-12-24", ["k1", "k2"])
    assert kennels.free(cache, "2026-12-24") == ["k1", "k2"]


def test_empty_day(cache):
    assert kennels.free(cache, "2026-12-25") == []


def test_overwrite_day(cache):
    kennels.put_free(cache, "2026-12-26", ["k1"])
    kennels.put_free(cache, "2026-12-26", ["k3"])
    assert kennels.free(cache, "2026-12-26") == ["k3"]


def test_expiry_set(cache):
    kennels.put_free(cache, "2026-12-27", ["k1"])
    assert cache.ttl("free:2026-12-27") > 0


def test_many_days(cache):
    for day in range(1, 8):
        kennels.put_free(cache, f"2026-12-0{day}", ["k1"])
    assert len(cache.keys("free:*")) == 7


def test_unicode_kennel(cache):
    kennels.put_free(cache, "2026-12-28", ["hütte"])
    assert kennels.free(cache, "2026-12-28") == ["hütte"]
