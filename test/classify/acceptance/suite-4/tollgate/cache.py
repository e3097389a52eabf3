"""Session cache: redis in production, a dict in tests, and the helpers around it."""

import math

import redis
import yaml

from tollgate import settings

DEFAULT_OPTIONS = {"ttl": 300, "prefix": "tg", "compress": False, "serializer": "json"}


def client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2)


def ttl_minutes(seconds):
    """Whole minutes for the cache header; half a minute and up counts as a minute."""
    return round(seconds / 60)


def ttl_seconds_ceil(seconds):
    return math.ceil(seconds)


def merge_options(overrides):
    options = dict(overrides)
    options.update(DEFAULT_OPTIONS)
    return options


def key_for(value):
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}={key_for(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(key_for(v) for v in value) + "]"
    return str(value)


def load_config(path):
    with open(path) as handle:
        return yaml.safe_load(handle)


class LocalCache:
    def __init__(self, prefix="tg"):
        self.prefix = prefix
        self.data = {}

    def key(self, name):
        return f"{self.prefix}:{name}"

    def set(self, name, value):
        self.data[self.key(name)] = value

    def get(self, name):
        return self.data.get(self.key(name))

    def evict(self, name):
        self.data.pop(self.key(name), None)
