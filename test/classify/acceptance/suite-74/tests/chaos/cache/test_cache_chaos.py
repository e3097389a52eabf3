import random
import threading
import time

import pytest

from loomhouse import cache

STORE = {"merino": 40, "linen": 12, "silk": 3, "cotton": 80}


@pytest.mark.chaos
class TestCacheChaos:
    def test_entry_cached(self):
        entries = cache.TTLCache(lambda key: key.upper(), ttl=30)
        entries.get("beam-4")
        entries.get("beam-4")
        assert entries.loads == 1

    def test_entry_expires_after_ttl(self):
        entries = cache.TTLCache(lambda key: key.upper(), ttl=0.05)
        entries.get("beam-4")
        time.sleep(0.1)
        entries.get("beam-4")
        assert entries.loads == 2

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_expired_entries_reloaded_under_load(self, users):
        entries = cache.TTLCache(lambda key: key, ttl=0.02)
        for user in range(users):
            entries.get(f"loom-{user % 5}")
        time.sleep(0.05)
        for user in range(users):
            entries.get(f"loom-{user % 5}")
        assert entries.loads == 10

    def test_stock_read_once(self):
        stock = cache.YarnStock(dict(STORE))
        stock.count("merino")
        stock.count("merino")
        assert stock.reads == 1

    def test_stock_after_take(self):
        stock = cache.YarnStock(dict(STORE))
        assert stock.count("linen") == 12
        stock.take("linen", 5)
        assert stock.count("linen") == 7

    def test_stock_per_yarn(self):
        stock = cache.YarnStock(dict(STORE))
        assert stock.count("silk") == 3
        assert stock.count("cotton") == 80

    def test_plans_per_loom(self):
        plans = cache.LoomPlans()
        plans.put(1, 2, "twill")
        plans.put(1, 3, "satin")
        assert plans.get(1, 2) == "twill"

    def test_plans_of_two_mills_apart(self):
        plans = cache.LoomPlans()
        plans.put(1, 12, "herringbone")
        plans.put(11, 2, "plain")
        assert plans.get(1, 12) == "herringbone"

    def test_lru_bounded(self):
        lru = cache.LRU(capacity=32)
        for number in range(100):
            lru.get(number, str)
        assert len(lru) == 32

    def test_lru_keeps_recent(self):
        lru = cache.LRU(capacity=4)
        for number in range(4):
            lru.get(number, str)
        lru.get(0, str)
        assert lru.hits == 1

    def test_lru_hit_ratio_on_hot_set(self):
        lru = cache.LRU(capacity=32)
        for _ in range(200):
            lru.get(random.randrange(50), str)
        assert lru.hits / 200 > 0.6

    def test_stampede_loads_once(self):
        def slow(key):
            time.sleep(0.05)
            return key

        shared = cache.SharedLoader(slow)
        threads = [threading.Thread(target=shared.get, args=("weft",)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert shared.loads == 1

    def test_memo_loads_once(self):
        calls = []
        memo = cache.Memo(lambda: calls.append(1) or "twill", ttl=30)
        memo.get()
        memo.get()
        assert len(calls) == 1

    def test_memo_refreshed_after_ttl(self):
        calls = []
        memo = cache.Memo(lambda: calls.append(1) or len(calls), ttl=0.2)
        memo.get()
        time.sleep(0.1)
        assert memo.get() == 2

    def test_spill_read_back(self, tmp_path):
        files = cache.PatternFiles(tmp_path)
        files.put("twill-3", {"shafts": 4})
        assert files.get("twill-3") == {"shafts": 4}

    def test_spill_of_two_drafts(self, tmp_path):
        files = cache.PatternFiles(tmp_path)
        files.put("satin-5", {"shafts": 5})
        files.put("plain-1", {"shafts": 2})
        assert files.get("satin-5") == {"shafts": 5}

    def test_spill_missing_is_none(self, tmp_path):
        assert cache.PatternFiles(tmp_path).get("plain-1") is None


@pytest.fixture
def pattern_files():
    return cache.PatternFiles()


@pytest.mark.chaos
class TestPatternFiles:
    def test_pattern_round_trip(self, pattern_files):
        pattern_files.put("twill-2", {"shafts": 4})
        assert pattern_files.get("twill-2") == {"shafts": 4}

    def test_missing_pattern_is_none(self, pattern_files):
        assert pattern_files.get("no-such-draft") is None

    def test_pattern_overwritten(self, pattern_files):
        pattern_files.put("twill-2", {"shafts": 4})
        pattern_files.put("twill-2", {"shafts": 8})
        assert pattern_files.get("twill-2") == {"shafts": 8}


@pytest.mark.chaos
class TestCacheEviction:
    def test_lru_evicts_oldest(self):
        lru = cache.LRU(capacity=2)
        for key in ("warp", "weft", "selvedge", "heddle"):
            lru.get(key, str.upper)
        lru.get("warp", str.upper)
        assert lru.misses == 5
