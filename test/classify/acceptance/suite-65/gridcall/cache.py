"""The crews' locations (Redis), the outage status board (Redis), feeder names (memcached) and the ETA cache."""
import json
import pickle

import redis
from pymemcache.client.base import Client

from gridcall import settings


def crew_cache():
    client = redis.Redis(*settings.CREW_REDIS, socket_connect_timeout=1)
    client.ping()
    return client


def status_board():
    return redis.Redis(*settings.STATUS_REDIS, socket_connect_timeout=1)


def feeder_names():
    return Client(settings.MEMCACHED, connect_timeout=1, timeout=1)


class IncidentView:
    """Read-through cache of incidents in front of the store."""

    def __init__(self, store):
        self.store = store
        self.cached = {}

    def get(self, number):
        if number not in self.cached:
            self.cached[number] = dict(self.store[number])
        return self.cached[number]

    def set_state(self, number, state):
        self.store[number]["state"] = state


def encode_eta(eta):
    return pickle.dumps(eta)


def decode_eta(blob):
    """ETA entries are JSON since 4.2 ({"feeder", "eta_minutes"}); 4.1 wrote {"feeder", "eta"}."""
    data = json.loads(blob)
    return data["feeder"], data["eta_minutes"]
