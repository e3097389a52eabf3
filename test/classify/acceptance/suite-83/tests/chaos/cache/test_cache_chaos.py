import threading
import time
from datetime import datetime, timezone

import pytest

from berthline import cache


class TestCacheChaos:
    def test_cache_node_failover(self, session_cache):
        session_cache.set("berth:A1", "occupied")
        assert session_cache.get("berth:A1") == "occupied"

    @pytest.mark.parametrize("keys", [100, 1000, 10000], ids=lambda n: f"{n}-keys")
    def test_cache_load(self, session_cache, keys):
        for n in range(keys):
            session_cache.set(f"load:{n}", str(n))
        assert session_cache.get(f"load:{keys - 1}") == str(keys - 1)

    def test_cache_invalidation_on_update(self, session_cache):
        session_cache.set("berth:A2", "free")
        session_cache.delete("berth:A2")
        assert session_cache.get("berth:A2") is None

    def test_cache_ttl_expiry(self, session_cache):
        session_cache.set("hold:BK-1", "held")
        assert session_cache.get("hold:BK-1") == "held"

    def test_cache_stampede(self, session_cache):
        assert session_cache.get("tides:today") is None


class TestLocalCache:
    def test_lru_eviction(self):
        local = cache.LocalCache(max_items=2)
        for key in "abc":
            local.set(key, key)
        assert list(local.data) == ["b", "c"]

    def test_lru_get_refreshes(self):
        local = cache.LocalCache(max_items=2)
        local.set("a", "1")
        local.set("b", "2")
        local.get("a")
        local.set("c", "3")
        assert "a" in local.data and "b" not in local.data

    def test_cache_memory_pressure(self, settings):
        local = cache.LocalCache(max_bytes=settings["cache"]["max_bytes"])
        for _ in range(20):
            local.set("tides:today", "x" * 100)
        assert local.size_bytes == 100
        assert local.get("tides:today") == "x" * 100

    def test_cache_key_namespacing(self):
        assert cache.berth_key("marina-north", "A1") != cache.berth_key("marina-south", "A1")

    def test_cache_serialization_of_booking(self):
        booking = {"reference": "BK-1001", "arrive": datetime(2026, 7, 1, 14, tzinfo=timezone.utc)}
        assert "BK-1001" in cache.serialize_booking(booking)

    def test_cache_warmup(self):
        local = cache.LocalCache()
        for berth in ("A1", "A2", "V1"):
            local.set(f"berth:{berth}", "free")
        assert local.stats()["items"] == 3

    @pytest.mark.parametrize("threads", [10, 50, 200], ids=lambda n: f"{n}-threads")
    def test_cache_latency_under_load(self, threads):
        local = cache.LocalCache(max_items=1000, max_bytes=1_000_000)
        latencies = []

        def reader(n):
            started = time.perf_counter()
            local.get_or_compute(f"berth:{n}", lambda: (time.sleep(0.002), "free")[1])
            latencies.append(time.perf_counter() - started)

        workers = [threading.Thread(target=reader, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99) - 1]
        assert p99 < 0.1, f"p99 read latency {p99 * 1000:.0f} ms over 100 ms"

    def test_default_cache_records_hits(self):
        cache.DEFAULT_CACHE.set("berth:V1", "free")
        assert cache.DEFAULT_CACHE.get("berth:V1") == "free"

    def test_default_cache_starts_empty(self):
        assert cache.DEFAULT_CACHE.stats() == {"hits": 0, "misses": 0, "items": 0}

    def test_negative_caching(self):
        local = cache.LocalCache()
        assert local.get("berth:Z9", "unknown") == "unknown"
        assert local.stats()["misses"] == 1

    def test_local_cache_clear(self):
        local = cache.LocalCache()
        local.set("a", "1")
        local.clear()
        assert local.size_bytes == 0 and not local.data

    def test_cache_backend_from_settings(self, settings):
        backend = cache.load_backend(settings)
        assert backend().data == {}
