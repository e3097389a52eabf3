"""Caches: survey tiles serialized with orjson, the survey archive in S3, a TTL cache, snapshots with cloudpickle."""

import functools
import threading
import time
from decimal import Decimal

import cloudpickle
import orjson


class TileCache:
    def __init__(self):
        self._data: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def set(self, key: str, value) -> None:
        encoded = orjson.dumps(value)
        with self._lock:
            self._data[key] = encoded

    def get(self, key: str):
        with self._lock:
            encoded = self._data.get(key)
        return None if encoded is None else orjson.loads(encoded)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


def survey_summary(survey_id: str, volumes_m3: list[str]) -> dict:
    return {"survey": survey_id, "volume_m3": sum(Decimal(v) for v in volumes_m3)}


def counts_by_zone(readings: list[tuple[int, float]]) -> dict:
    counts: dict = {}
    for zone, _ in readings:
        counts[zone] = counts.get(zone, 0) + 1
    return counts


class ArchiveCache:
    """Survey summaries cached as objects in the archive bucket."""

    def __init__(self, s3, bucket: str):
        self.s3 = s3
        self.bucket = bucket

    def put(self, key: str, value) -> None:
        self.s3.put_object(Bucket=self.bucket, Key=f"cache/{key}", Body=orjson.dumps(value))

    def get(self, key: str):
        """The cached value, or None on a miss."""
        body = self.s3.get_object(Bucket=self.bucket, Key=f"cache/{key}")["Body"].read()
        return orjson.loads(body)

    def keys(self) -> list[str]:
        listed = self.s3.list_objects_v2(Bucket=self.bucket, Prefix="cache/")
        return sorted(item["Key"].removeprefix("cache/") for item in listed.get("Contents", []))

    def delete(self, key: str) -> None:
        self.s3.delete_object(Bucket=self.bucket, Key=f"cache/{key}")


class TTLCache:
    def __init__(self, ttl: float):
        self.ttl = ttl
        self._data: dict = {}

    def set(self, key, value) -> None:
        self._data[key] = (value, time.monotonic() + self.ttl)

    def get(self, key):
        value, expires = self._data.get(key, (None, 0.0))
        return value if time.monotonic() < expires else None


def snapshot(cache) -> bytes:
    return cloudpickle.dumps(cache)


def restore(data: bytes):
    return cloudpickle.loads(data)


def cache_key(survey_id: str, site: str) -> str:
    return f"{site}:{survey_id}:{time.time():.6f}"


STATIONS = {"spurn": "Spurn Point", "blakeney": "Blakeney Point"}


@functools.lru_cache(maxsize=None)
def station_name(code: str) -> str:
    return STATIONS[code]


def rename_station(code: str, name: str) -> None:
    STATIONS[code] = name
