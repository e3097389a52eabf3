"""The catalog database (PostgreSQL through psycopg 3) and its connection pool."""
import psycopg
from psycopg_pool import ConnectionPool

from podstead import settings

_pool = None


def connect():
    return psycopg.connect(settings.CATALOG_DSN)


def pool():
    global _pool
    if _pool is None:
        _pool = ConnectionPool(settings.CATALOG_DSN, min_size=1, max_size=settings.POOL_MAX,
                               timeout=settings.POOL_TIMEOUT, open=True)
    return _pool


def close_pool():
    global _pool
    if _pool is not None:
        _pool.close(timeout=1)
        _pool = None


def count_episodes(show_id):
    with pool().connection() as conn:
        return conn.execute("SELECT count(*) FROM episodes WHERE show_id = %s", (show_id,)).fetchone()[0]


def add_show(conn, slug, title):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO shows (slug, title) VALUES (%s, %s) RETURNING id", (slug, title))
        return cur.fetchone()[0]
