"""Slot cache in Redis (behind Sentinel in production)."""
import redis
from redis.sentinel import Sentinel

from wardbook import settings


def sentinel_master():
    sentinel = Sentinel(settings.SENTINELS, socket_timeout=0.5)
    master = sentinel.master_for(settings.REDIS_SERVICE, socket_timeout=0.5)
    master.ping()
    return master


class SlotCache:
    def __init__(self, port):
        self.client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1)

    def remember(self, clinic, day, slots):
        self.client.set(f"slots:{clinic}:{day}", ",".join(slots), ex=300)

    def recall(self, clinic, day):
        raw = self.client.get(f"slots:{clinic}:{day}")
        return raw.decode().split(",") if raw else None


_hours = {}


def clinic_hours(clinic, source):
    if clinic not in _hours:
        _hours[clinic] = source(clinic)
    return _hours[clinic]
