import time

from bowstring import settings


class StandCache:
    """Music stands per section, memoised in process."""

    def __init__(self, source, ttl=None):
        self.source = source
        self.ttl = settings.STAND_CACHE_TTL if ttl is None else ttl
        self.entries = {}

    def get(self, section):
        entry = self.entries.get(section)
        if entry and time.monotonic() - entry[1] < self.ttl:
            return entry[0]
        value = self.source(section)
        self.entries[section] = (value, time.monotonic())
        return value

    def invalidate(self, section):
        self.entries.pop(section.lower(), None)


def reserve_stands(kv, section, count):
    return kv.execute("INCRBY", f"stands:{section}", count)
