import time
from datetime import datetime, timedelta

import pytest

from ferrylane import cache


def test_memcache_fare_roundtrip():
    client = cache.memcache_client()
    client.set(cache.fare_key("OSL-KIE", "2026-12-01"), b"129.00")
    assert client.get(cache.fare_key("OSL-KIE", "2026-12-01")) == b"129.00"


def test_memcache_key_for_named_route():
    client = cache.memcache_client()
    client.set(cache.fare_key("Oslo Kiel", "2026-12-01"), b"129.00")


def test_fare_key_format():
    assert cache.fare_key("OSL-KIE", "2026-12-01") == "fare:OSL-KIE:2026-12-01"


def test_ttl_of_cached_fare():
    expiry = cache.expiry_for(minutes=15)
    assert 890 <= cache.seconds_until(expiry) <= 900


def test_seat_map_cached():
    seats = cache.SeatCache()
    frozen = seats.remember("OSL-KIE:2026-12-01", lambda: {"12A": "free"})
    assert frozen


def test_cache_refresh_is_fast():
    seats = cache.SeatCache()
    started = time.monotonic()
    for day in range(3):
        seats.entries[f"day-{day}"] = {"value": day}
        time.sleep(0.02)
    assert time.monotonic() - started < 0.05


def test_expiry_in_future():
    assert cache.expiry_for(minutes=1) > datetime.now().astimezone() + timedelta(seconds=30)
