import pytest

from ropewalk import cache


@pytest.mark.chaos
class TestCacheChaos:
    def test_put_then_get(self):
        c = cache.Cache(ttl=60, max_entries=4)
        c.put("manila-12", {"metres": 220})
        assert c.get("manila-12") == {"metres": 220}

    def test_expired_entry_missing(self):
        c = cache.Cache(ttl=-1, max_entries=4)
        c.put("hemp-8", 1)
        assert c.get("hemp-8") is None

    def test_fifo_evicts_oldest(self):
        c = cache.Cache(ttl=60, max_entries=2)
        for key in ("a", "b", "c"):
            c.put(key, key)
        assert c.get("a") is None and c.get("c") == "c"

    def test_lru_keeps_recent(self):
        c = cache.Cache(ttl=60, max_entries=2, eviction="lru")
        c.put("a", 1)
        c.put("b", 2)
        c.get("a")
        c.put("c", 3)
        assert c.get("a") == 1

    def test_strand_cache_hit(self):
        strands = cache.named("strands")
        strands.put("manila-3x12", {"twist": "Z", "metres": 660})
        assert strands.get("manila-3x12") == {"twist": "Z", "metres": 660}

    def test_strand_cache_hit_ratio(self):
        strands = cache.named("strands")
        strands.put("hemp-3x8", 1)
        for _ in range(9):
            strands.get("hemp-3x8")
        assert strands.hits / (strands.hits + strands.misses) > 0.8

    def test_order_cache_put(self):
        orders = cache.named("orders")
        orders.put("R-1", {"kind": "nylon"})
        assert orders.get("R-1") == {"kind": "nylon"}

    def test_order_cache_bounded(self):
        orders = cache.named("orders")
        for i in range(300):
            orders.put(f"R-{i}", i)
        assert len(orders) <= 256

    def test_yarn_cache_keeps_hot_yarn(self):
        yarn = cache.named("yarn")
        for lot in ("Y1", "Y2", "Y3"):
            yarn.put(lot, lot)
        yarn.get("Y1")
        yarn.put("Y4", "Y4")
        assert yarn.get("Y1") == "Y1"

    def test_grade_cache(self):
        grades = cache.named("grades")
        grades.put("B-7", "A")
        assert grades.get("B-7") == "A"

    def test_plant_region_west(self):
        assert cache.plant_region("west") == "ie"

    def test_plant_region_north(self):
        assert cache.plant_region("north") == "no"

    def test_sweep_interval(self):
        assert cache.sweep_interval() == 1.5

    def test_grade_memo_follows_ledger(self):
        ledger = {"B-1": "A"}
        assert cache.grade_of(ledger, "B-1") == "A"
        ledger["B-1"] = "C"
        assert cache.grade_of(ledger, "B-1") == "C"

    def test_strand_keys_distinct(self):
        assert cache.strand_key("n1", "2") != cache.strand_key("n", "12")

    def test_strand_key_format(self):
        assert cache.strand_key("west", "S4").endswith("S4")

    @pytest.mark.parametrize("entries", [10, 100, 1000], ids=lambda n: f"{n}-entries")
    def test_cache_under_load(self, entries):
        c = cache.Cache(ttl=60, max_entries=entries)
        for i in range(entries):
            c.put(i, i)
        assert all(c.get(i) == i for i in range(entries))

    def test_len_counts_entries(self):
        c = cache.Cache(ttl=60, max_entries=8)
        c.put("x", 1)
        c.put("y", 2)
        assert len(c) == 2

    def test_first_plant_listed(self):
        plants = {"west", "north", "south", "east"}
        assert sorted(plants)[0] == "east"
        assert next(iter(plants)) == "east"
