"""The flight board cache (memcached through pymemcache): which carousel each arriving flight uses."""
from pymemcache.client.base import Client

from . import settings


def client():
    return Client(settings.BOARD_CACHE, connect_timeout=0.5, timeout=0.5)


def carousel_for(flight, lookup):
    cache = client()
    found = cache.get(f"carousel:{flight}")
    if found is None:
        found = str(lookup(flight)).encode()
        cache.set(f"carousel:{flight}", found, expire=300)
    return int(found)


def clear_flight(flight):
    client().delete(f"carousel:{flight}")


def carousels(flights):
    return client().get_many([f"carousel:{flight}" for flight in flights])
