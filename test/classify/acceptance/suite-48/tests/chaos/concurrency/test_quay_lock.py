import pytest

from tideshelf import cache
from tideshelf.stock import RedisLock

pytestmark = pytest.mark.chaos


def test_quay_locked_for_bookkeeping():
    with RedisLock(cache.redis_client(), "quay:east"):
        pass


def test_two_quays_locked():
    client = cache.redis_client()
    with RedisLock(client, "quay:east"), RedisLock(client, "quay:west"):
        pass


def test_lock_expires_with_holder(r):
    lock = RedisLock(r, "quay:north", ttl=1)
    with lock:
        assert r.get("lock:quay:north")
