import pytest

from rindhall import cache, settings
from tests.conftest import LOADS


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def configured():
    config = cache.load_config()
    return cache.StockCache(ttl_ms=config["stock"]["ttl_ms"])


SEEN = []


class TestCache:
    def test_put_then_get(self):
        store = cache.StockCache()
        store.put("cave-1", 40)
        assert store.get("cave-1") == 40

    def test_missing_key_is_none(self):
        assert cache.StockCache().get("nowhere") is None

    def test_entry_expires_after_ttl(self):
        clock = Clock()
        store = cache.StockCache(ttl_ms=5000, clock=clock)
        store.put("cave-1", 40)
        clock.now = 6.0
        assert store.get("cave-1") is None

    def test_entry_alive_before_ttl(self):
        clock = Clock()
        store = cache.StockCache(ttl_ms=5000, clock=clock)
        store.put("cave-1", 40)
        clock.now = 4.0
        assert store.get("cave-1") == 40

    def test_configured_ttl(self, configured):
        assert configured.ttl_ms == 5000

    def test_configured_cache_stores(self, configured):
        configured.put("cave-2", 12)
        assert configured.get("cave-2") == 12

    def test_configured_cache_misses(self, configured):
        assert configured.get("cave-9") is None

    def test_cave_name_remembered(self):
        stock = {"c7": {"name": "Cave 7"}}
        assert cache.cave_name(stock, "c7") == "Cave 7"

    def test_cave_name_after_rename(self):
        stock = {"c1": {"name": "Cave 1"}}
        assert cache.cave_name(stock, "c1") == "Cave 1"
        cache.rename_cave(stock, "c1", "Cave of the Bleus")
        assert cache.cave_name(stock, "c1") == "Cave of the Bleus"

    def test_spill_to_disk(self):
        path = cache.spill("cave-1", {"wheels": 40})
        assert path.exists()

    def test_spill_of_large_entry(self):
        path = cache.spill("cave-2", {"wheels": list(range(5000))})
        assert path.stat().st_size > 10_000

    def test_spill_to_given_folder(self, tmp_path):
        path = cache.spill("cave-3", {"wheels": 3}, folder=tmp_path)
        assert path.read_text(encoding="utf-8") == '{"wheels": 3}'

    def test_records_seen_caves(self):
        SEEN.extend(["c1", "c2"])
        assert SEEN

    @LOADS
    def test_cache_under_load(self, users):
        store = cache.StockCache()
        for i in range(users):
            store.put(f"cave-{i}", i)
        assert sum(store.get(f"cave-{i}") for i in range(users)) == users * (users - 1) // 2

    @LOADS
    def test_overwrite_under_load(self, users):
        store = cache.StockCache()
        for i in range(users):
            store.put("cave-1", i)
        assert store.get("cave-1") == users - 1

    def test_seen_caves_cleared_between_rounds(self):
        assert SEEN == []

    def test_configured_spill_folder(self, configured):
        assert cache.load_config()["spill"] == "readonly"
