"""Lane availability kept in the pools' Redis and memoised in process."""
import redis

from lapwater import settings

_memo = {}


def client():
    return redis.Redis(host=settings.CACHE_HOST, port=settings.CACHE_PORT, socket_timeout=settings.TIMEOUT,
                       decode_responses=True)


def set_free_lanes(conn, pool, lanes, ttl=60):
    conn.set(f"lanes:{pool}", lanes, ex=ttl)


def free_lanes(conn, pool):
    if pool in _memo:
        return _memo[pool]
    value = conn.get(f"lanes:{pool}")
    lanes = int(value) if value is not None else None
    _memo[pool] = lanes
    return lanes


def book_lane(conn, pool):
    lanes = free_lanes(conn, pool)
    conn.set(f"lanes:{pool}", lanes - 1)
    return lanes - 1
