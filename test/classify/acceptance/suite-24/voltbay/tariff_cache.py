"""Tariffs cached in memcached (python-memcached) and memoised in the process (boltons)."""

import json

import memcache
from boltons.cacheutils import LRI

from voltbay import settings


class CacheUnavailable(Exception):
    pass


class TariffCache:
    def __init__(self, servers=None, socket_timeout=3):
        self.servers = servers or settings.MEMCACHED
        self._mc = memcache.Client(self.servers, socket_timeout=socket_timeout)

    def key(self, station: str, connector: str) -> str:
        return f"tariff:{station}:{connector}"

    def put(self, station: str, connector: str, tariff: dict) -> None:
        key = self.key(station, connector)
        if not self._mc.set(key, json.dumps(tariff), time=300):
            raise CacheUnavailable(f"memcached did not store {key!r} (servers: {', '.join(self.servers)})")

    def get(self, station: str, connector: str) -> dict | None:
        raw = self._mc.get(self.key(station, connector))
        return None if raw is None else json.loads(raw)

    def count_plug_in(self, station: str) -> int:
        key = f"plugins:{station}"
        value = self._mc.incr(key)
        if value is None:
            if not self._mc.add(key, "1"):
                raise CacheUnavailable(f"memcached did not store {key!r} (servers: {', '.join(self.servers)})")
            value = 1
        return int(value)

    def health(self) -> list:
        stats = self._mc.get_stats()
        if not stats:
            raise CacheUnavailable(f"no memcached server answered stats (servers: {', '.join(self.servers)})")
        return stats


_memo = LRI(max_size=128)


def tariff_for(station: str, loader) -> dict:
    """Tariff of a station, memoised: tariffs change at most daily."""
    if station not in _memo:
        _memo[station] = loader(station)
    return _memo[station]


def update_tariff(station: str, tariff: dict, store: dict) -> None:
    store[station] = tariff
