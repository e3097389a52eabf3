import time

import pytest

from reedbank import backends, cache


class TestBackends:
    def test_configured_backend_loads(self, settings):
        backend = backends.load_backend(settings["cache"]["backend"])
        backend.set("k", 1)
        assert backend.get("k") == 1

    def test_configured_backend_is_empty(self, settings):
        backend = backends.load_backend(settings["cache"]["backend"])
        assert backend.get("nothing") is None

    def test_memcached_module_loads(self):
        backend = backends.load_backend("reedbank.memcached")
        backend.set("a", "b")
        assert backend.get("a") == "b"

    def test_memory_backend(self):
        backend = backends.MemoryBackend()
        backend.set("a", 2)
        assert backend.get("a") == 2

    def test_redis_backend_from_url(self):
        client = backends.redis_backend("redis://127.0.0.1:6399/0")
        assert client.connection_pool.connection_kwargs["port"] == 6399


class TestSerializer:
    def test_configured_serializer_round_trip(self, settings):
        dumps, loads = cache.serializer(settings["cache"]["serializer"])
        assert loads(dumps({"sedge": 4})) == {"sedge": 4}

    def test_json_serializer(self):
        dumps, loads = cache.serializer("json")
        assert loads(dumps([1, 2])) == [1, 2]

    def test_unknown_serializer(self):
        with pytest.raises(ValueError, match="unknown serializer"):
            cache.serializer("yaml")


class TestTTL:
    def test_stock_cached(self):
        stock = cache.TTLCache(ttl=30)
        stock.set("water-reed", 120)
        assert stock.get("water-reed") == 120

    def test_monotonic_ttl_hit(self):
        stock = cache.MonotonicTTL(ttl=30)
        stock.set("sedge", 40)
        assert stock.get("sedge") == 40

    def test_monotonic_ttl_expires(self):
        stock = cache.MonotonicTTL(ttl=0.2)
        stock.set("sedge", 40)
        time.sleep(0.05)
        assert stock.get("sedge") is None

    def test_monotonic_ttl_miss(self):
        assert cache.MonotonicTTL(ttl=1).get("none") is None


class TestLRU:
    def test_evicts_oldest(self):
        lru = cache.LRU(2)
        lru.set("a", 1)
        lru.set("b", 2)
        lru.set("c", 3)
        assert lru.get("a") is None

    def test_read_keeps_entry(self):
        lru = cache.LRU(2)
        lru.set("a", 1)
        lru.set("b", 2)
        lru.get("a")
        lru.set("c", 3)
        assert lru.get("a") == 1

    def test_size_bound(self):
        lru = cache.LRU(3)
        for n in range(10):
            lru.set(n, n)
        assert len(lru.items) == 3


class TestGetMany:
    def test_get_many(self):
        backend = backends.MemoryBackend()
        backend.set("a", 1)
        assert cache.get_many(backend, ["a", "b"]) == {"a": 1, "b": None}

    def test_get_many_default_warns(self):
        backend = backends.MemoryBackend()
        with pytest.warns(DeprecationWarning):
            cache.get_many(backend, ["a"], default=0)

    def test_get_many_default(self):
        backend = backends.MemoryBackend()
        assert cache.get_many(backend, ["x"], default=0) == {"x": 0}


class TestKeys:
    @pytest.mark.parametrize(("species", "grade", "key"), [
        ("sedge", "a", "price:sedge:a"),
        ("water-reed", "b", "price:water-reed:b"),
        ("long-straw", "a", "price:long-straw:a"),
    ])
    def test_price_key(self, species, grade, key):
        assert cache.price_key(species, grade) == key
