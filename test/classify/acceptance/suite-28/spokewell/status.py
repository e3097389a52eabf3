"""Station status for the rider app, cached for a while (expiringdict)."""
from expiringdict import ExpiringDict

from spokewell import settings


def ttl_seconds(value=None):
    return float(settings.STATUS_TTL if value is None else value)


class StationStatus:
    def __init__(self, fetch, ttl=None, max_len=500):
        self.fetch = fetch
        self.cache = ExpiringDict(max_len=max_len, max_age_seconds=ttl_seconds(ttl))

    def bikes_at(self, station):
        cached = self.cache.get(station)
        if cached:
            return cached
        bikes = self.fetch(station)
        self.cache[station] = bikes
        return bikes

    def invalidate(self, station):
        self.cache.pop(station, None)
