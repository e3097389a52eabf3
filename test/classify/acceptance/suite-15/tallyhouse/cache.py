"""Memcached in front of the ledger: settled totals and FX rates."""
from pymemcache.client.base import Client
from pymemcache import serde

from tallyhouse import settings


def client(server=None, timeout=0.5):
    return Client(server or settings.MEMCACHED, connect_timeout=timeout, timeout=timeout, serde=serde.pickle_serde)


def settled_total(cache, day, compute):
    key = f"settled:{day}"
    value = cache.get(key)
    if value is None:
        value = compute(day)
        cache.set(key, value, expire=300, noreply=False)
    return value
