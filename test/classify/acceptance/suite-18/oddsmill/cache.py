"""The price cache: Redis for live prices, a shelf for the last snapshot, gzip snapshots on disk."""
import gzip
import pickle
import shelve
import time

import redis

from oddsmill import settings


def live_client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1)


def publish_price(market, price):
    return live_client().set(f"price:{market}", price, ex=30)


def last_snapshot(market):
    with shelve.open(settings.SHELF_PATH) as shelf:
        return shelf.get(market)


def freeze_rule(rule):
    return pickle.dumps(rule)


def read_snapshot(path):
    with gzip.open(path, "rt") as handle:
        return handle.read()


class PriceMemo:
    def __init__(self, ttl):
        self.ttl = ttl
        self.entries = {}

    def put(self, key, value, now=None):
        self.entries[key] = (value, (now or time.monotonic()))

    def get(self, key, now=None):
        value, stored = self.entries[key]
        if (now or time.monotonic()) - stored < self.ttl * 1000:
            return value
        return None
