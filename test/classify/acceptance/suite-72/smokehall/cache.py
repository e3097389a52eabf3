"""Caches: sessions and the rate limiter (Redis with AUTH), carts and pages (an LRU Redis), the ledger cache (a Redis
shared with other services, noeviction), the kiln feed (Redis), price lists (written to settings' writer URL) and
batch details in memcached."""
import json
import threading

import redis
from pymemcache.client.base import Client

from smokehall import db, settings


def sessions():
    return redis.Redis.from_url(settings.SESSIONS_REDIS_URL, socket_timeout=3)


def rate_limiter():
    return redis.Redis.from_url(settings.RATE_LIMIT_REDIS_URL, socket_timeout=3)


def cache():
    return redis.Redis.from_url(settings.CACHE_REDIS_URL, socket_timeout=3)


def ledger():
    return redis.Redis.from_url(settings.LEDGER_REDIS_URL, socket_timeout=3)


def feed():
    return redis.Redis.from_url(settings.FEED_REDIS_URL, socket_timeout=3)


def memcached():
    return Client(settings.MEMCACHED, connect_timeout=3, timeout=3, default_noreply=False)


# Carts live in the page cache.
def save_cart(r, customer, items):
    r.set(f"cart:{customer}", json.dumps(items))


def cart(r, customer):
    raw = r.get(f"cart:{customer}")
    return json.loads(raw) if raw else None


def cache_page(r, path, html):
    r.set(f"page:{path}", html)


# Kiln stock is a hash; a kiln's price per kg is a string under the same key.
def set_kiln_stock(r, kiln, wood, kg):
    r.hset(f"kiln:{kiln}", wood, kg)


def set_kiln_price(r, kiln, price):
    r.set(f"kiln:{kiln}", price)


def kiln_price(r, kiln):
    raw = r.get(f"kiln:{kiln}")
    return float(raw) if raw else None


def order_key(customer, order):
    return f"order:{customer}{order}"


def cache_order(r, customer, order, summary):
    r.set(order_key(customer, order), json.dumps(summary))


def cached_order(r, customer, order):
    raw = r.get(order_key(customer, order))
    return json.loads(raw) if raw else None


def publish_price_list(prices):
    writer = redis.Redis.from_url(settings.PRICE_WRITER_URL, socket_timeout=3)
    writer.hset("prices", mapping=prices)


def price_list():
    reader = redis.Redis.from_url(settings.PRICE_READER_URL, socket_timeout=3)
    return {k.decode(): float(v) for k, v in reader.hgetall("prices").items()}


def cache_ledger_page(r, month, rows):
    r.set(f"ledger:{month}", json.dumps(rows))


def batch_details(mc, conn, batch):
    """Batch details through memcached; the database on a miss."""
    key = f"batch:{batch}"
    raw = mc.get(key)
    if raw is not None:
        return json.loads(raw)
    details = {"name": db.batch_name(conn, batch)}
    mc.set(key, json.dumps(details), expire=300)
    return details


def rename_batch(conn, batch, name):
    with conn.cursor() as cur:
        cur.execute("UPDATE batches SET name = %s WHERE id = %s", (name, batch))
    conn.commit()


def cache_label(mc, label, text):
    mc.set(f"label:{label}", text)


def cache_photo(mc, batch, blob):
    mc.set(f"photo:{batch}", blob)


def photo(mc, batch):
    return mc.get(f"photo:{batch}")


_warm_started = set()


def warm_menu(r, items):
    """Warms the menu in the background so that the first page view does not wait."""
    if "menu" in _warm_started:
        return

    def fill():
        threading.Event().wait(0.15)
        r.set("menu", json.dumps(items))

    _warm_started.add("menu")
    threading.Thread(target=fill, daemon=True).start()


def menu(r):
    raw = r.get("menu")
    return json.loads(raw) if raw else None
