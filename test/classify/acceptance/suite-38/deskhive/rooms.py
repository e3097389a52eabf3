"""Meeting-room availability, cached in Redis, and a memo of each site's opening hours."""
import json

import cachetools
import redis

from deskhive import settings

_hours = {"shoreditch": (7, 22), "leith": (8, 20)}


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


class RoomCache:
    def __init__(self, conn):
        self.conn = conn

    def put(self, room, day, free_slots, ttl=300):
        self.conn.set(f"rooms:{room}:{day}", json.dumps(free_slots), ex=ttl)

    def get(self, room, day):
        raw = self.conn.get(f"rooms:{room}:{day}")
        return None if raw is None else json.loads(raw)

    def ttl(self, room, day):
        return self.conn.ttl(f"rooms:{room}:{day}")

    def drop(self, room, day):
        self.conn.delete(f"rooms:{room}:{day}")


@cachetools.cached(cachetools.TTLCache(maxsize=64, ttl=3600))
def opening_hours(site):
    return _hours[site]


def set_opening_hours(site, opens, closes):
    _hours[site] = (opens, closes)
