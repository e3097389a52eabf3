"""Bulk-tank readings in Redis, the price memo, and route plans in the depot's memcached."""
import json
import time
from decimal import Decimal

import redis
from pymemcache.client.base import Client

from milkrun import settings


def client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5)


def reading_key(region, farm):
    return f"reading:{region}{farm}"


def record_reading(store, region, farm, litres):
    store.set(reading_key(region, farm), litres)


def farm_reading(store, region, farm):
    return store.get(reading_key(region, farm))


class DictStore:
    """An in-process stand-in with the Redis calls the service makes."""

    def __init__(self):
        self.values = {}

    def get(self, key):
        return self.values.get(key)

    def set(self, key, value, ex=None):
        self.values[key] = value


class PriceMemo:
    """Farms' milk prices per litre, read from the store and kept for PRICE_MEMO_SECONDS."""

    def __init__(self, store):
        self.store = store
        self.memo = {}

    def price(self, farm):
        hit = self.memo.get(farm)
        if hit and time.monotonic() - hit[1] < settings.PRICE_MEMO_SECONDS:
            return hit[0]
        value = Decimal(self.store.get(f"price:{farm}"))
        self.memo[farm] = (value, time.monotonic())
        return value

    def set_price(self, farm, price):
        self.store.set(f"price:{farm}", str(price))


def route_client(address):
    return Client(address, connect_timeout=0.5, timeout=0.5)


def plan(route):
    return {"route": route, "stops": [f"{route}-F{n:02d}" for n in range(1, 13)]}


def warm_routes(mc, routes):
    """The day's route plans are put in memcached before the tankers leave."""
    mc.set_many({f"route:{route}": json.dumps(plan(route)) for route in routes}, expire=settings.ROUTE_CACHE_TTL)


def stops_for(mc, route):
    return json.loads(mc.get(f"route:{route}"))["stops"]
