"""ETAs and rate limits in Redis; menus memoised in the process."""

import functools

import redis
import redis.asyncio as aioredis

from hotbox.settings import load


def client(url=None, **options):
    return redis.Redis.from_url(url or load().redis_url, **options)


def async_client(url=None):
    return aioredis.Redis.from_url(url or load().redis_url)


async def remember_eta(order_id, minutes, url=None):
    conn = async_client(url)
    try:
        await conn.set(f"eta:{order_id}", minutes, ex=900)
        return int(await conn.get(f"eta:{order_id}"))
    finally:
        await conn.close()


async def courier_positions(courier_ids, url=None):
    conn = async_client(url)
    try:
        return await conn.geopos("couriers", *courier_ids)
    finally:
        await conn.close()


class RateLimiter:
    """At most `limit` requests per `window` seconds per key, counted in Redis."""

    def __init__(self, conn, limit=5, window=60):
        self.conn = conn
        self.limit = limit
        self.window = window

    def allow(self, key):
        name = f"rate:{key}"
        count = self.conn.incr(name)
        if count == 1:
            self.conn.expire(name, self.window)
        return count <= self.limit


PRICES = {("pizzeria-uno", "margherita"): 1250, ("pizzeria-uno", "diavola"): 1390}


@functools.lru_cache(maxsize=256)
def menu_price(restaurant, item):
    return PRICES[(restaurant, item)]


def update_price(restaurant, item, cents):
    PRICES[(restaurant, item)] = cents
