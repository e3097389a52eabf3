"""Catch stock per quay, in Redis."""
import json

from tideshelf import cache, settings


class CatchStock:
    def __init__(self, client=None):
        self.r = client or cache.redis_client()

    def land(self, quay, species, boxes):
        self.r.hincrby(f"stock:{quay}", species, boxes)
        self.r.expire(f"stock:{quay}", 3600)

    def boxes(self, quay, species):
        value = self.r.hget(f"stock:{quay}", species)
        return int(value or 0)

    def reserve(self, quay, species, boxes, buyer):
        left = self.r.hincrby(f"stock:{quay}", species, -boxes)
        if left < 0:
            self.r.hincrby(f"stock:{quay}", species, boxes)
            raise ValueError(f"only {left + boxes} boxes of {species} at {quay}")
        self.r.rpush(f"holds:{quay}", json.dumps({"buyer": buyer, "species": species, "boxes": boxes}))
        return left

    def mark_sold_out(self, quay, species):
        self.r.set(f"stock:{quay}", json.dumps({"sold_out": [species]}))

    def next_landing(self, quay, wait=2):
        return self.r.blpop(f"landings:{quay}", timeout=wait)


class RedisLock:
    """A lock on a quay for the auction's bookkeeping."""

    def __init__(self, client, name, ttl=5):
        self.lock = client.lock(f"lock:{name}", timeout=ttl, blocking_timeout=1)

    def __enter__(self):
        if not self.lock.acquire():
            raise TimeoutError(f"could not lock {self.lock.name}")
        return self

    def __exit__(self, *exc):
        self.lock.release()


def stock_ttl():
    return settings.STOCK_TTL
