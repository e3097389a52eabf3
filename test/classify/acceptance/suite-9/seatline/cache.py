"""Seat maps and event pages cached in Redis."""

import json
import pickle
import threading
import time

import redis
from cachetools import TTLCache

from seatline.settings import load


def client(settings=None, **kwargs):
    settings = settings or load()
    kwargs.setdefault("socket_timeout", 1.0)
    kwargs.setdefault("socket_connect_timeout", 1.0)
    return redis.Redis.from_url(settings.redis_url, **kwargs)


class SeatMapCache:
    def __init__(self, redis_client, ttl=300):
        self.redis = redis_client
        self.ttl = ttl

    def key(self, event):
        return f"seatmap:{event}"

    def put(self, event, seat_map):
        self.redis.set(self.key(event), json.dumps(seat_map), ex=self.ttl)

    def get(self, event):
        raw = self.redis.get(self.key(event))
        return None if raw is None else json.loads(raw)

    def invalidate(self, event):
        self.redis.delete(self.key(event))

    def counters(self, event):
        return self.redis.hgetall(f"counters:{event}")

    def sold(self, event):
        return int(self.redis.get(f"counters:{event}") or 0)


class PriceCache:
    """Prices per event and section, as the pricing page shows them."""

    def __init__(self, redis_client):
        self.redis = redis_client

    def put(self, event, prices):
        self.redis.set(f"prices:{event}", json.dumps(prices))


class SessionCache:
    """A customer's basket, pickled (it holds the basket's own lock)."""

    def __init__(self, redis_client):
        self.redis = redis_client

    def save(self, basket):
        self.redis.set(f"basket:{basket.id}", pickle.dumps(basket))


class Basket:
    def __init__(self, basket_id):
        self.id = basket_id
        self.lines = []
        self.lock = threading.Lock()


class LocalPageCache:
    """In-process cache of rendered event pages in front of Redis."""

    def __init__(self, ttl=1.0, maxsize=256):
        self.pages = TTLCache(maxsize=maxsize, ttl=ttl)

    def put(self, slug, html):
        self.pages[slug] = html

    def get(self, slug):
        return self.pages.get(slug)


class RenderedEventCache:
    """Event pages rendered once per slug and kept for the life of the process."""

    def __init__(self):
        self.pages = {}

    def page(self, slug, render):
        key = (slug, time.monotonic_ns())
        if key not in self.pages:
            self.pages[key] = render(slug)
        return self.pages[key]
