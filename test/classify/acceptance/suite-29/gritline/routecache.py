"""Route plans cached in-process (repoze.lru) and shared between workers through memcached."""
import threading
import time

import memcache
from repoze.lru import ExpiringLRUCache

from gritline import settings
from gritline.errors import CacheError

_shared = None


def shared():
    global _shared
    if _shared is None:
        # debug=1: python-memcached reports dead servers on stderr
        _shared = memcache.Client(settings.MEMCACHED, debug=1, dead_retry=0)
    return _shared


def publish_route(route_id, plan):
    shared().set(f"route:{route_id}", plan, time=int(settings.ROUTE_TTL_SECONDS))


def shared_route(route_id):
    return shared().get(f"route:{route_id}")


def depot_status(depot):
    status = shared().get(f"depot:{depot}")
    if status is None:
        status = {"depot": depot, "open": True, "tonnes": 0}
    return status


def invalidate(route_id):
    if not shared().delete(f"route:{route_id}"):
        raise CacheError(f"could not invalidate route:{route_id}")


class RouteCache:
    """Plans per route, computed on a miss by `compute(route_id)`."""

    def __init__(self, compute, size=None, ttl=None):
        self.compute = compute
        self.cache = ExpiringLRUCache(size or settings.ROUTE_CACHE_SIZE, default_timeout=ttl or settings.ROUTE_TTL_SECONDS)
        self.computed = 0
        self._lock = threading.Lock()

    def plan(self, route_id):
        value = self.cache.get(route_id)
        if value is None:
            value = self.compute(route_id)
            with self._lock:
                self.computed += 1
            self.cache.put(route_id, value)
        return value

    @property
    def hits(self):
        return self.cache.hits


def slow_compute(route_id):
    time.sleep(0.05)
    return {"route": route_id, "km": 12.5}
