"""An HTTP cache for the carrier's answers (Cache-Control, ETag) and a memo of rates."""

import time

from . import client
from .settings import settings


def max_age(cache_control):
    """Seconds an answer may be kept, from its Cache-Control header; None if it may not be kept."""
    if not cache_control:
        return None
    if "no-cache" in cache_control:
        return 0
    if "max-age=" in cache_control:
        return int(cache_control.split("max-age=")[1])
    return None


class HttpCache:
    DEFAULT_TTL = 30  # seconds an answer without max-age is kept

    def __init__(self, sess=None, clock=time.monotonic):
        self.conf = settings()
        self.sess = sess or client.session()
        self.clock = clock
        self.entries = {}

    def get(self, path, **params):
        key = (path, tuple(sorted(params.items())))
        entry = self.entries.get(key)
        if entry and entry["expires"] > self.clock():
            return entry["body"]
        headers = {"If-None-Match": entry["etag"]} if entry and entry.get("etag") else {}
        resp = self.sess.get(
            f"{self.conf['carrier_url']}{path}", params=params, headers=headers, timeout=self.conf["carrier_timeout"]
        )
        resp.raise_for_status()
        body = resp.json()
        age = max_age(resp.headers.get("Cache-Control"))
        self.entries[key] = {
            "body": body,
            "etag": resp.headers.get("ETag"),
            "expires": self.clock() + (self.DEFAULT_TTL if age is None else age),
        }
        return body


class RateMemo:
    """Rates by zone, kept for a while: the carrier's rate table changes at most daily."""

    def __init__(self, fetch, ttl=300, clock=time.monotonic):
        self.fetch = fetch
        self.ttl = ttl
        self.clock = clock
        self.rates = {}

    def rate(self, weight, zone):
        hit = self.rates.get(zone)
        if hit and hit[1] > self.clock():
            return hit[0]
        value = self.fetch(weight, zone)
        self.rates[zone] = (value, self.clock() + self.ttl)
        return value

    def forget(self, zone):
        self.rates.pop(zone, None)


class TtlCache:
    def __init__(self, ttl, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self.items = {}

    def put(self, key, value):
        self.items[key] = (value, self.clock() + self.ttl)

    def get(self, key):
        hit = self.items.get(key)
        if hit is None or hit[1] <= self.clock():
            self.items.pop(key, None)
            return None
        return hit[0]

    def __len__(self):
        return len(self.items)


# Addresses already geocoded, shared by every request of the process.
ADDRESSES = TtlCache(ttl=3600)
