"""Free lesson slots per instructor, cached in Redis; the week's timetable memoised in process."""
import json

import cachetools
import redis

from clutchpoint import settings

_timetable = cachetools.TTLCache(maxsize=64, ttl=300)


def client(url=None, timeout=1.0):
    return redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)


class SlotCache:
    def __init__(self, redis_client):
        self.redis = redis_client

    def put(self, instructor, day, slots):
        self.redis.set(f"slots:{day}", json.dumps(slots), ex=600)

    def get(self, instructor, day):
        raw = self.redis.get(f"slots:{day}")
        return json.loads(raw) if raw else []

    def take(self, instructor, day, slot):
        slots = self.get(instructor, day)
        slots.remove(slot)
        self.put(instructor, day, slots)


def timetable(week, load):
    if week not in _timetable:
        _timetable[week] = load(week)
    return _timetable[week]


def cancel_lesson(week, lesson_id, store):
    store.pop(lesson_id)
