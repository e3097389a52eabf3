"""Caches of hive readings, honey grades and buyers' price lists."""
import asyncio
import functools
import hashlib
import json
import os
import threading
import time


class TTLCache:
    def __init__(self, ttl):
        self.ttl = ttl
        self._data = {}

    def put(self, key, value):
        self._data[key] = (value, time.monotonic() + self.ttl)

    def get(self, key):
        value, expires = self._data.get(key, (None, 0))
        return value if time.monotonic() < expires else None

    def __contains__(self, key):
        return self.get(key) is not None

    def sweep(self):
        now = time.monotonic()
        stale = []
        for key in self._data:
            if self._data[key][1] < now:
                stale.append(key)
        for key in stale:
            del self._data[key]
        return len(stale)


class Loader:
    """Loads a grade sheet on a miss; callers on the same key are meant to share one load."""

    def __init__(self, load):
        self.load = load
        self._values = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            hit = key in self._values
        if not hit:
            value = self.load(key)
            with self._lock:
                self._values[key] = value
        return self._values[key]


class GradeFileCache:
    """Grade sheets as JSON files, written through a temporary file and renamed into place."""

    def __init__(self, folder):
        self.folder = folder

    def store(self, name, grades):
        temporary = os.path.join(self.folder, "grades.json.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(grades, handle)
        os.replace(temporary, os.path.join(self.folder, name + ".json"))

    def read(self, name):
        with open(os.path.join(self.folder, name + ".json"), encoding="utf-8") as handle:
            return json.load(handle)


class PriceList:
    def __init__(self):
        self.fetches = 0

    @functools.lru_cache(maxsize=32)
    async def prices(self, buyer):
        self.fetches += 1
        await asyncio.sleep(0)
        return {"buyer": buyer, "jar_454g": 7.5}


def rebuild_grade_sheet(marker):
    """A cold start: the grade sheet is derived again from every extractor's checksum chain."""
    digest = hashlib.pbkdf2_hmac("sha256", b"extractor-logs", b"hivecote", 3_000_000)
    with open(marker, "w", encoding="utf-8") as handle:
        handle.write(digest.hex())


def warm_marker(folder):
    return os.path.join(folder, "warm")
