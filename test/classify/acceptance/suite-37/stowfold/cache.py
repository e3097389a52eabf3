"""Free units per site, cached in Redis, and a memo of the sites' opening hours."""
import json

import cachetools
import redis

from . import settings


def connect(url=None, timeout=1.0):
    client = redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    client.ping()
    return client


class UnitCache:
    def __init__(self, client, ttl=60):
        self.client = client
        self.ttl = ttl

    def put(self, site, units):
        self.client.set(f"free:{site}", json.dumps(units), ex=self.ttl)

    def get(self, site):
        raw = self.client.get(f"free:{site}")
        return None if raw is None else json.loads(raw)

    def forget(self, site):
        self.client.delete(f"free:{site}")


def gate_lock_holder(unit, url=None):
    """Who holds the unit's padlock override, from the shared lock cache."""
    client = redis.Redis.from_url(url or settings.LOCK_CACHE_URL, socket_connect_timeout=1)
    return client.get(f"override:{unit}")


class HoursMemo:
    def __init__(self, ttl):
        self.memo = cachetools.TTLCache(maxsize=64, ttl=ttl)

    def hours(self, site, lookup):
        if site not in self.memo:
            self.memo[site] = lookup(site)
        return self.memo[site]
