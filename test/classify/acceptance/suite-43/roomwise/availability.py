"""Free rooms per hotel and night, cached in Redis (redis-py), and the rate card kept in memory (cachetools)."""
import json
import pickle
import threading
import time

import cachetools
import redis

from roomwise import settings


def connect(url=None, timeout=1.0):
    client = redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    client.ping()
    return client


def put_free(client, hotel, night, rooms):
    client.set(f"free:{hotel}:{night}", json.dumps(rooms), ex=settings.AVAILABILITY_TTL)


def free(client, hotel, night):
    value = client.get(f"free:{hotel}:{night}")
    return json.loads(value) if value else []


def free_count(client, hotel, night):
    # Written by put_free a moment ago, so the key is taken to be there.
    return len(json.loads(client.get(f"free:{hotel}:{night}")))


class Rates:
    """A hotel's rate plans, cached whole (pickled)."""

    def __init__(self, hotel, plans):
        self.hotel = hotel
        self.plans = plans
        self.lock = threading.Lock()


def put_rates(client, rates):
    client.set(f"rates:{rates.hotel}", pickle.dumps(rates), ex=settings.AVAILABILITY_TTL)


class AvailabilityCache:
    """Free rooms computed from the reservations when the cached entry has expired."""

    def __init__(self, compute, ttl):
        self.compute = compute
        self.ttl = ttl
        self.entries = {}
        self.loads = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry and entry[1] > time.monotonic():
            return entry[0]
        # Every caller that misses computes it: nothing stops a stampede.
        self.loads += 1
        value = self.compute(key)
        self.entries[key] = (value, time.monotonic() + self.ttl)
        return value


_card = {"standard": 120, "deluxe": 180, "suite": 320}


@cachetools.cached(cachetools.TTLCache(maxsize=64, ttl=3600))
def nightly_rate(room_type):
    return _card[room_type]


def change_rate(room_type, rate):
    # The memo of nightly_rate is not cleared here.
    _card[room_type] = rate


class SessionCache:
    """Guests' sessions, least recently used evicted past its size."""

    def __init__(self, size):
        self.entries = cachetools.LRUCache(maxsize=size)

    def put(self, session, guest):
        self.entries[session] = guest

    def guest(self, session):
        return self.entries[session]
