"""The per-customer rate limit on order creation, counted in Redis."""

import pytest
import redis

from hotbox import cache

pytestmark = pytest.mark.chaos


@pytest.fixture
def limiter():
    conn = cache.client(socket_timeout=1)
    conn.ping()
    conn.delete("rate:c-77")
    yield cache.RateLimiter(conn, limit=3, window=60)
    conn.delete("rate:c-77")


def test_first_requests_are_allowed(limiter):
    assert all(limiter.allow("c-77") for _ in range(3))


def test_fourth_request_is_refused(limiter):
    for _ in range(3):
        limiter.allow("c-77")
    assert not limiter.allow("c-77")


def test_window_is_set_once(limiter):
    limiter.allow("c-77")
    assert 0 < limiter.conn.ttl("rate:c-77") <= 60


def test_limit_under_memory_pressure(resp_stub):
    def answer(command):
        if command[0].upper().startswith("INCR"):
            return b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"
        return b":1\r\n"

    port = resp_stub(answer)
    limiter = cache.RateLimiter(redis.Redis(port=port, socket_timeout=1), limit=3)
    assert limiter.allow("c-88")


def test_limit_when_redis_is_slow(resp_stub):
    def answer(command):
        import time

        time.sleep(1.5)
        return b":1\r\n"

    port = resp_stub(answer)
    limiter = cache.RateLimiter(redis.Redis(port=port, socket_timeout=0.5), limit=3)
    assert limiter.allow("c-99")
