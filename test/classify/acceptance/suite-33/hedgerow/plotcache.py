"""Plot records cached in Redis, and a process memo of site rules."""
import json

import redis
from cachetools import TTLCache, cached

from hedgerow import settings


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


def plot_key(site, plot_no):
    return f"plot:{plot_no}"


class PlotCache:
    def __init__(self, conn):
        self.conn = conn

    def put(self, site, plot_no, record, ttl=600):
        self.conn.set(plot_key(site, plot_no), json.dumps(record), ex=ttl)

    def get(self, site, plot_no):
        raw = self.conn.get(plot_key(site, plot_no))
        return json.loads(raw) if raw is not None else None

    def holders(self, site):
        return sorted(self.conn.smembers(f"holders:{site}"))

    def add_holder(self, site, name):
        self.conn.sadd(f"holders:{site}", name)


RULES = {"north": {"max_sheds": 1}, "south": {"max_sheds": 2}}


@cached(TTLCache(maxsize=32, ttl=3600))
def site_rules(site):
    return dict(RULES[site])


def set_site_rule(site, name, value):
    RULES[site][name] = value
