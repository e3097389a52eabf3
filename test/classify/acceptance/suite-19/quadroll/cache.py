"""Live seat counts in Redis; memos of prerequisite checks in the process."""
import functools
import json

import redis

from quadroll import settings


def client(url=None, timeout=None):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=2)


def publish_seats(section, free):
    return client().set(f"seats:{section}", free)


def seats(section, url=None, timeout=None):
    raw = client(url, timeout).get(f"seats:{section}")
    return int(raw) if raw is not None else None


@functools.lru_cache(maxsize=1024)
def prerequisites_met(student, record):
    return all(grade >= 50 for grade in record.values())


def snapshot(sections):
    return json.dumps({"sections": sections, "codes": {code for code in sections}})


OPEN_SECTIONS = {}


def mark_open(code):
    OPEN_SECTIONS[code] = True


def open_count():
    return len(OPEN_SECTIONS)
