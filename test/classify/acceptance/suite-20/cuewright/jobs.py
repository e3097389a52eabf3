"""The render job queue and per-project counters in Redis."""
import json

import redis

from . import settings


def client(url=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1)


def results_client():
    return redis.Redis.from_url(settings.RESULTS_REDIS_URL, socket_timeout=1)


def enqueue(conn, project, job):
    conn.rpush(f"jobs:{project}", json.dumps(job))
    conn.set(f"last:{project}", job["id"])


def last_job(conn, project):
    return conn.lrange(f"last:{project}", 0, -1)


def remember_settings(conn, project, options):
    conn.hset(f"options:{project}", "render", options)


def reclaim(conn, stream):
    return conn.xautoclaim(stream, "renderers", "cuewright-1", min_idle_time=60000)


def reset(conn):
    conn.flushdb()


def queued(conn, project):
    return conn.llen(f"jobs:{project}")
