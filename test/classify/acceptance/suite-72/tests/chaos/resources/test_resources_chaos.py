import pytest

from smokehall import cache, core, db
from smokehall import feed as kiln_feed


class TestResources:
    def test_yield_by_wood(self, analytics):
        with analytics.cursor() as cur:
            cur.execute("SELECT 1")
            assert cur.fetchone() == (1,)

    def test_yield_by_kiln(self, analytics):
        with analytics.cursor() as cur:
            cur.execute("SELECT 2")
            assert cur.fetchone() == (2,)

    def test_yield_by_month(self, analytics):
        with analytics.cursor() as cur:
            cur.execute("SELECT 3")
            assert cur.fetchone() == (3,)

    def test_ledger_month_cached(self, ledger):
        rows = [{"day": d, "kg": 40 + d, "note": "n" * 200} for d in range(1, 31)]
        cache.cache_ledger_page(ledger, "2026-11", rows)

    def test_ledger_year_cached(self, ledger):
        rows = [{"month": m, "kg": 1200 + m} for m in range(1, 13)]
        cache.cache_ledger_page(ledger, "2026", rows)

    def test_ledger_readable(self, ledger):
        assert ledger.get("ledger:none") is None

    def test_batch_photo_cached(self, mc):
        cache.cache_photo(mc, 77, b"\x89PNG" + b"\0" * (2 * 1024 * 1024))
        assert cache.photo(mc, 77)[:4] == b"\x89PNG"

    def test_feed_backlog_bounded(self, feed):
        kiln_feed.stream(feed, 5, 150, 0)
        assert kiln_feed.backlog(feed, 5) == 100

    @pytest.mark.parametrize("kg", ["1-kg", "10-kg", "100-kg", "1000-kg"])
    def test_pack_sizes_bounded(self, kg):
        sizes = core.pack_sizes(float(kg.split("-")[0]))
        assert sum(sizes) == float(kg.split("-")[0])

    @pytest.mark.parametrize("users", ["10-users", "100-users"])
    def test_page_cache_under_load(self, page_cache, users):
        count = int(users.split("-")[0])
        for n in range(count):
            cache.cache_page(page_cache, f"/load/{n}", "<html>load</html>")
        assert page_cache.get(f"page:/load/{count - 1}") == b"<html>load</html>"

    @pytest.mark.parametrize("batches", ["10-batches", "200-batches"])
    def test_bulk_batches(self, book, batches):
        count = int(batches.split("-")[0])
        ids = [db.add_batch(book, f"bulk {n}", 70) for n in range(count)]
        assert len(set(ids)) == count

    def test_ten_years_exported(self):
        assert db.export_months(range(120)) == 120

    @pytest.mark.parametrize("size", [1024, 64 * 1024, 512 * 1024])
    def test_memcached_item_sizes(self, mc, size):
        mc.set(f"blob:{size}", b"x" * size)
        assert len(mc.get(f"blob:{size}")) == size

    def test_ledger_memory_reported(self, ledger):
        assert ledger.info("memory")["used_memory"] > 0
