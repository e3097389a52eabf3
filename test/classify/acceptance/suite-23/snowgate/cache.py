"""Pass lookups cached in Redis, so that gates stay quick on a Saturday morning."""
import json

import redis

from snowgate import settings


def client(url: str | None = None) -> redis.Redis:
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1)


def remember_pass(r: redis.Redis, pass_id: str, record: dict) -> None:
    r.set(f"pass:{pass_id}", json.dumps(record), ex=3600)


def cached_pass(r: redis.Redis, pass_id: str) -> dict | None:
    raw = r.get(f"pass:{pass_id}")
    return json.loads(raw) if raw else None


def count_entry(r: redis.Redis, gate: int) -> int:
    return r.incr(f"gate:{gate}:entries")
