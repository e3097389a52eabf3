import pytest

from pontil import cache


SOURCE = {("amber", 6): 40, ("cobalt", 6): 12, ("ruby", 6): 3, ("amber", 10): 8, ("cobalt", 10): 0}


@pytest.mark.chaos
class TestCache:
    def test_stock_cached(self):
        stock = cache.RodStock(SOURCE)
        stock.count("amber", 6)
        stock.count("amber", 6)
        assert stock.reads == 1

    def test_stock_per_colour(self):
        stock = cache.RodStock(SOURCE)
        assert stock.count("amber", 6) == 40
        assert stock.count("cobalt", 6) == 12

    def test_stock_per_diameter(self):
        stock = cache.RodStock(SOURCE)
        assert stock.count("amber", 6) == 40
        assert stock.count("amber", 10) == 8

    def test_memo_loads_once(self):
        calls = []
        memo = cache.Memo(lambda: calls.append(1) or "amber")
        memo.get()
        memo.get()
        assert len(calls) == 1

    def test_memo_after_restock(self):
        memo = cache.Memo(lambda: ["amber", "ruby"])
        memo.get()
        memo.restock(lambda: ["amber", "ruby", "opal"])
        assert memo.get() == ["amber", "ruby", "opal"]

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_stock_reads_under_load(self, users):
        stock = cache.RodStock(SOURCE)
        for _ in range(users):
            stock.count("ruby", 6)
        assert stock.reads == 1

    def test_rod_cache_bounded(self):
        rods = cache.RodCache()
        for number in range(100):
            rods.put(f"rod-{number}", number)
        assert len(rods) == 64

    def test_rod_cache_keeps_recent(self):
        rods = cache.RodCache()
        rods.put("amber", 1)
        assert len(rods) == 1

    def test_warm_up_fills_half(self):
        warmer = cache.Warmer()
        warmer.warm_up()
        assert len(warmer.warm) == 10

    def test_warm_up_has_cobalt(self):
        warmer = cache.Warmer()
        warmer.warm_up()
        assert "cobalt" in warmer.warm

    def test_catalogue_within_budget(self):
        value, seconds = cache.timed(cache.catalogue)
        assert "cobalt" in value["colours"]
        assert seconds < 0.25

    def test_catalogue_served_from_memory(self):
        first = cache.catalogue()
        assert cache.catalogue() is first

    def test_catalogue_counts_pieces(self):
        assert cache.catalogue()["pieces"] == 48

    def test_empty_stock_is_zero(self):
        stock = cache.RodStock(SOURCE)
        assert stock.count("cobalt", 10) == 0

    def test_unknown_rod_raises(self):
        stock = cache.RodStock(SOURCE)
        with pytest.raises(KeyError):
            stock.count("opal", 6)

    def test_timed_measures(self):
        _, seconds = cache.timed(lambda: None)
        assert seconds < 0.1

    def test_memo_value_kept(self):
        memo = cache.Memo(lambda: {"amber": 1})
        assert memo.get() is memo.get()

    def test_stock_reads_counted(self):
        stock = cache.RodStock(SOURCE)
        stock.count("amber", 6)
        stock.count("amber", 10)
        assert stock.reads == 2

    def test_stock_amber_ten_mm(self):
        assert cache.RodStock(SOURCE).count("amber", 10) == 8

    def test_warm_up_twice_same_size(self):
        warmer = cache.Warmer()
        warmer.warm_up(4)
        warmer.warm_up(4)
        assert 4 <= len(warmer.warm) <= 8
