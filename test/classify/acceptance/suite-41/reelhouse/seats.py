"""Seat maps of each screening, cached in Redis, and the film runtimes memo."""
import json

import redis
from cachetools import TTLCache, cached

from reelhouse import settings


def client(url=None, timeout=1.0, password=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout,
                                password=password if password is not None else settings.REDIS_PASSWORD)


class SeatCache:
    def __init__(self, conn):
        self.conn = conn

    def put(self, screening, seats, ttl=None):
        self.conn.set(f"seats:{screening}", json.dumps(seats), ex=ttl)

    def get(self, screening):
        raw = self.conn.get(f"seats:{screening}")
        return None if raw is None else json.loads(raw)

    def hold(self, screening, seat, staff):
        return bool(self.conn.set(f"hold:{screening}:{seat}", staff, nx=True, ex=300))

    def ttl(self, screening):
        return self.conn.ttl(f"seats:{screening}")


RUNTIMES = {"paddington-3": 104, "dune-2": 166}


@cached(TTLCache(maxsize=256, ttl=3600))
def runtime(film):
    return RUNTIMES[film]


def set_runtime(film, minutes):
    RUNTIMES[film] = minutes
