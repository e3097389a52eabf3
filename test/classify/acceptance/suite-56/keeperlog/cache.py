"""Enclosure sensor readings in Redis, and a memo of ideal weights."""
import functools

import redis

from keeperlog import settings

IDEAL_WEIGHTS = {"lion": 190.0, "giraffe": 800.0, "meerkat": 0.75, "penguin": 4.5, "otter": 11.0}


def client():
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5)


def store_reading(conn, enclosure_id, celsius):
    conn.hset(f"enclosure:{enclosure_id}", "celsius", celsius)


def last_reading(conn, enclosure_id):
    value = conn.hget(f"enclosure:{enclosure_id}", "celsius")
    return float(value) if value is not None else None


@functools.lru_cache(maxsize=None)
def ideal_weight(species):
    return IDEAL_WEIGHTS[species]


def set_ideal_weight(species, kg):
    IDEAL_WEIGHTS[species] = kg
