"""The manifest cache (Redis, through redis-py) and the weather cache (memcached, through pymemcache)."""
import json

import redis
from pymemcache.client.base import Client

from . import settings


def manifest_cache():
    # redis-py connects on the first command, not here.
    return redis.Redis(host=settings.REDIS_HOST, port=settings.REDIS_PORT, socket_connect_timeout=2)


def weather_cache():
    return Client((settings.MEMCACHED_HOST, settings.MEMCACHED_PORT), connect_timeout=2, timeout=2)


def put_manifest(r, flight_id, names):
    r.set(f"manifest:{flight_id}", json.dumps(names), ex=600)


def get_manifest(r, flight_id):
    raw = r.get(f"manifest:{flight_id}")
    return None if raw is None else json.loads(raw)


def seats_left(r, flight_id, seats):
    taken = r.incr(f"seats:{flight_id}")
    return seats - taken


def put_wind(mc, site, knots):
    mc.set(f"wind:{site}", str(knots).encode(), expire=300)


def get_wind(mc, site):
    raw = mc.get(f"wind:{site}")
    return None if raw is None else float(raw)


_site_names = {}


def site_name(code, lookup):
    """A memo of launch-site names; never invalidated when a site is renamed."""
    if code not in _site_names:
        _site_names[code] = lookup(code)
    return _site_names[code]
