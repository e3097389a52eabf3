"""Free spaces per garage cached in Redis (redis-py), the level signs' subscriptions and the tariff memo."""
import functools
import json

import redis

from baywarden import settings


def connect(url=None, timeout=1.0):
    client = redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    client.ping()
    return client


def put_free(client, garage, free):
    client.set(f"free:{garage}", json.dumps(free), ex=120)


def free(client, garage):
    value = client.get(f"free:{garage}")
    return json.loads(value) if value else None


def signs_pool(url):
    pool = redis.BlockingConnectionPool.from_url(url, max_connections=settings.REDIS_POOL, timeout=0.2,
                                                 socket_timeout=1.0)
    return redis.Redis(connection_pool=pool)


def subscribe_signs(client, garages):
    """Every level sign of every garage listens on its own channel."""
    subscriptions = []
    for garage in garages:
        subscription = client.pubsub()
        subscription.subscribe(f"levels:{garage}")
        subscriptions.append(subscription)
    return subscriptions


_TARIFFS = {"short": 250, "day": 1800, "night": 900}


@functools.lru_cache(maxsize=None)
def hourly_cents(band):
    return _TARIFFS[band]


def set_tariff(band, cents):
    _TARIFFS[band] = cents
