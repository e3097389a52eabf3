"""Tyre stock per depot cached in Redis (redis-py), the price memo and a module-level client the workshop screens share."""
import functools
import json

import redis

from treadmark import settings

_client = None
_prices = {"205/55R16": 8900, "225/45R17": 11200}


def connect(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


def shared_client(url=None):
    """The screens' client, made once per process."""
    global _client
    if _client is None:
        _client = connect(url)
    return _client


def put_stock(client, depot, counts, ttl=None):
    client.set(f"stock:{depot}", json.dumps(counts), ex=ttl)


def stock(client, depot):
    raw = client.get(f"stock:{depot}")
    return None if raw is None else json.loads(raw)


def screen_stock(depot):
    return stock(shared_client(), depot)


@functools.lru_cache(maxsize=None)
def price_pence(size):
    return _prices[size]


def set_price(size, pence):
    _prices[size] = pence


class Catalogue:
    discount = 0.0

    def __init__(self, prices):
        self.prices = prices

    def price(self, size):
        return round(self.prices[size] * (1 - self.discount))
