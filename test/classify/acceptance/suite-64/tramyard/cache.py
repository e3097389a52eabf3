"""Line status in the depot's Redis, a memo of stop names, and the departures cache."""
import threading
import time

import redis

from tramyard import settings


def line_cache():
    client = redis.Redis.from_url(settings.CACHE_URL, socket_connect_timeout=1)
    client.ping()
    return client


_stop_names = {}
STOPS = {"S01": "Depot Gate", "S02": "Market Cross", "S03": "Harbour"}


def stop_name(stop):
    if stop not in _stop_names:
        _stop_names[stop] = STOPS[stop]
    return _stop_names[stop]


def rename_stop(stop, name):
    STOPS[stop] = name


class Departures:
    """Departures per stop, fetched from the timetable on a miss."""

    def __init__(self, ttl=5.0):
        self.ttl = ttl
        self.entries = {}
        self.fetches = 0
        self._count_lock = threading.Lock()

    def _fetch(self, stop):
        with self._count_lock:
            self.fetches += 1
        time.sleep(0.02)
        return [f"{stop} 08:0{n}" for n in range(3)]

    def get(self, stop):
        entry = self.entries.get(stop)
        if entry is None or time.monotonic() - entry[0] > self.ttl:
            entry = (time.monotonic(), self._fetch(stop))
            self.entries[stop] = entry
        return entry[1]
