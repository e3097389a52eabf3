"""Berth holds and the arrivals board in Redis."""
import json

import redis

from moorline import settings

RELEASE_SHA = "5b1d2c0e9a7c4f3e8d6b2a1f0e9d8c7b6a5f4e3d"


def client(url=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_connect_timeout=1)


def hold_berth(berth, boat, url=None):
    return client(url).set(f"hold:{berth}", boat, nx=True, ex=900)


def board(url=None):
    return client(url).lrange("arrivals", 0, -1)


def release_hold(berth, boat, url=None):
    """Releases a hold only if the boat still holds it (a script loaded at deploy time)."""
    return client(url).evalsha(RELEASE_SHA, 1, f"hold:{berth}", boat)


def lock_berth(berth):
    return redis.Redis.from_url(settings.REDIS_LOCKS_URL, socket_connect_timeout=1).set(f"lock:{berth}", 1, nx=True)


def save_summary(summary, url=None):
    client(url).set("summary", str(summary))


def load_summary(url=None):
    return json.loads(client(url).get("summary"))
