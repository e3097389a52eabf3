"""Bag tags in the tag cache (Redis): which flight and which chute a bag goes to, with a small memo in process."""
import json

import redis

from . import settings

_memo = {}


def client():
    return redis.Redis.from_url(settings.TAG_CACHE_URL, socket_timeout=settings.TAG_CACHE_TIMEOUT,
                                socket_connect_timeout=settings.TAG_CACHE_TIMEOUT)


def put_tag(r, tag, flight, chute):
    r.set(f"tag:{tag}", json.dumps({"flight": flight, "chute": chute}), ex=settings.TAG_TTL * 3600)


def get_tag(r, tag):
    raw = r.get(f"tag:{tag}")
    return json.loads(raw) if raw else None


def chute_for(r, tag):
    if tag in _memo:
        return _memo[tag]
    found = get_tag(r, tag)
    _memo[tag] = found["chute"]
    return _memo[tag]


def reroute(r, tag, chute):
    found = get_tag(r, tag)
    found["chute"] = chute
    r.set(f"tag:{tag}", json.dumps(found))


def bags_on_flight(r, flight):
    return sorted(key.decode().split(":", 1)[1] for key in r.keys("tag:*")
                  if json.loads(r.get(key))["flight"] == flight)


def count_scan(r, tag):
    return r.incr(f"scans:{tag}")


def hold_bag(r, tag, seconds):
    r.set(f"hold:{tag}", "1", ex=seconds)


def is_held(r, tag):
    return r.exists(f"hold:{tag}") == 1
