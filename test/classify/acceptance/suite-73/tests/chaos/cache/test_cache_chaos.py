import time

import pytest

from parcelwick import cache


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class TestCache:
    def test_rates_cached_for_max_age(self, carrier):
        http = cache.HttpCache()
        before = carrier.hits("/v1/rates")
        http.get("/v1/rates", weight=3, zone=2)
        http.get("/v1/rates", weight=3, zone=2)
        assert carrier.hits("/v1/rates") == before + 1

    def test_rates_by_weight_cached_apart(self):
        http = cache.HttpCache()
        light = http.get("/v1/rates", weight=1, zone=2)["rate"]
        heavy = http.get("/v1/rates", weight=5, zone=2)["rate"]
        assert heavy > light

    def test_no_store_not_cached(self, carrier):
        http = cache.HttpCache()
        before = carrier.hits("/v1/rates/nostore")
        http.get("/v1/rates/nostore", weight=1, zone=1)
        http.get("/v1/rates/nostore", weight=1, zone=1)
        assert carrier.hits("/v1/rates/nostore") == before + 2

    def test_must_revalidate_cached(self, carrier):
        http = cache.HttpCache()
        assert http.get("/v1/rates/must", weight=2, zone=1)["rate"] == 6.7

    def test_revalidated_rate_served(self):
        http = cache.HttpCache()
        first = http.get("/v1/rates/revalidate", weight=2, zone=2)
        assert http.get("/v1/rates/revalidate", weight=2, zone=2) == first

    def test_expired_entry_refetched(self, carrier):
        clock = FakeClock()
        http = cache.HttpCache(clock=clock)
        before = carrier.hits("/v1/rates")
        http.get("/v1/rates", weight=4, zone=1)
        clock.now += 61
        http.get("/v1/rates", weight=4, zone=1)
        assert carrier.hits("/v1/rates") == before + 2

    def test_max_age_parsed(self):
        assert cache.max_age("max-age=60") == 60

    def test_max_age_absent(self):
        assert cache.max_age("private") is None

    def test_rate_memo_hit(self):
        calls = []
        memo = cache.RateMemo(lambda w, z: calls.append((w, z)) or 4.5 + w * z)
        memo.rate(1, 2)
        memo.rate(1, 2)
        assert calls == [(1, 2)]

    def test_rate_memo_by_weight(self, carrier):
        memo = cache.RateMemo(carrier.rate)
        assert memo.rate(1, 3) == 7.8
        assert memo.rate(5, 3) == 21.0

    def test_rate_memo_forget(self):
        memo = cache.RateMemo(lambda w, z: w * z)
        memo.rate(2, 2)
        memo.forget(2)
        assert memo.rates == {}

    def test_rate_memo_expires(self):
        clock = FakeClock()
        calls = []
        memo = cache.RateMemo(lambda w, z: calls.append(z) or 1.0, ttl=10, clock=clock)
        memo.rate(1, 1)
        clock.now += 11
        memo.rate(1, 1)
        assert calls == [1, 1]

    def test_ttl_cache_put_get(self):
        items = cache.TtlCache(ttl=5)
        items.put("a", 1)
        assert items.get("a") == 1

    def test_ttl_cache_expiry(self):
        clock = FakeClock()
        items = cache.TtlCache(ttl=5, clock=clock)
        items.put("a", 1)
        clock.now += 5
        assert items.get("a") is None

    def test_address_cached(self):
        cache.ADDRESSES.put("LS6 2QT", (53.81, -1.57))
        assert cache.ADDRESSES.get("LS6 2QT") == (53.81, -1.57)

    def test_address_cache_starts_empty(self):
        assert len(cache.ADDRESSES) == 0

    def test_short_lived_entry_gone(self):
        items = cache.TtlCache(ttl=0.05)
        items.put("door", 14)
        time.sleep(0.05)
        assert items.get("door") is None

    @pytest.mark.parametrize("header", ["max-age=0", "max-age=3600"])
    def test_max_age_values(self, header):
        assert cache.max_age(header) == int(header.split("=")[1])
