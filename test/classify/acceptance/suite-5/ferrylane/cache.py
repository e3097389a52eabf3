"""Caches of fares and seat maps."""

import pickle
from datetime import datetime, timedelta, timezone

import redis
from pymemcache.client.base import Client

from ferrylane import settings


def memcache_client() -> Client:
    return Client(settings.MEMCACHE_ADDR, connect_timeout=1, timeout=1)


def fare_key(route: str, day: str) -> str:
    return f"fare:{route}:{day}"


def seconds_until(expiry: datetime) -> int:
    return int((expiry - datetime.now()).total_seconds())


def expiry_for(minutes: int) -> datetime:
    return datetime.now(timezone.utc) + timedelta(minutes=minutes)


def redis_client(port: int, timeout: float = 0.5) -> redis.Redis:
    return redis.Redis(host="127.0.0.1", port=port, socket_timeout=timeout, socket_connect_timeout=timeout)


def freeze(value) -> bytes:
    return pickle.dumps(value)


class SeatCache:
    def __init__(self) -> None:
        self.entries: dict[str, object] = {}

    def remember(self, key: str, loader) -> object:
        if key not in self.entries:
            self.entries[key] = {"value": loader(), "reload": lambda: loader()}
        return freeze(self.entries[key])
