import time

import pytest

from smokehall import cache, db


class TestCache:
    def test_cart_saved(self, page_cache):
        cache.save_cart(page_cache, 501, [{"sku": "kipper", "kg": 1}])
        assert cache.cart(page_cache, 501) == [{"sku": "kipper", "kg": 1}]

    def test_cart_survives_page_burst(self, page_cache):
        items = [{"sku": "hot-smoked-salmon", "kg": 2}, {"sku": "eel", "kg": 0.5}]
        cache.save_cart(page_cache, 502, items)
        for n in range(5000):
            cache.cache_page(page_cache, f"/shop/page/{n}", "<html>" + "x" * 8000 + "</html>")
        assert cache.cart(page_cache, 502) == items

    @pytest.mark.parametrize("path", ["/", "/shop", "/shop/kippers", "/about"])
    def test_page_cached(self, page_cache, path):
        cache.cache_page(page_cache, path, "<html>ok</html>")
        assert page_cache.get(f"page:{path}") == b"<html>ok</html>"

    def test_kiln_stock_kept(self, page_cache):
        cache.set_kiln_stock(page_cache, 3, "oak", 42)
        assert page_cache.hget("kiln:3", "oak") == b"42"

    def test_kiln_price_after_stock(self, page_cache):
        cache.set_kiln_stock(page_cache, 4, "beech", 18)
        assert cache.kiln_price(page_cache, 4) is None

    def test_order_summary_cached(self, page_cache):
        cache.cache_order(page_cache, 7, 1, {"kg": 3})
        assert cache.cached_order(page_cache, 7, 1) == {"kg": 3}

    def test_order_summaries_distinct(self, page_cache):
        cache.cache_order(page_cache, 1, 23, {"customer": 1, "kg": 2})
        cache.cache_order(page_cache, 12, 3, {"customer": 12, "kg": 9})
        assert cache.cached_order(page_cache, 1, 23) == {"customer": 1, "kg": 2}

    def test_batch_details_cached(self, mc, book):
        batch = db.add_batch(book, "Beech sprats", 2, "beech")
        assert cache.batch_details(mc, book, batch) == {"name": "Beech sprats"}

    def test_batch_details_after_rename(self, mc, book):
        batch = db.add_batch(book, "Alder trout", 1, "alder")
        cache.batch_details(mc, book, batch)
        cache.rename_batch(book, batch, "Alder sea trout")
        assert cache.batch_details(mc, book, batch) == {"name": "Alder sea trout"}

    def test_label_cached(self, mc):
        cache.cache_label(mc, "Oak smoked", "Oak smoked, batch 00042")

    @pytest.mark.parametrize("batch", [1, 2, 3])
    def test_small_photo_cached(self, mc, batch):
        cache.cache_photo(mc, 9000 + batch, b"\x89PNG" + b"\0" * 2048)
        assert cache.photo(mc, 9000 + batch).startswith(b"\x89PNG")

    def test_publish_price_list(self):
        cache.publish_price_list({"kipper": 14.5, "eel": 38.0})

    def test_price_list_roundtrip(self):
        cache.publish_price_list({"sprats": 9.0})
        assert cache.price_list()["sprats"] == 9.0

    def test_menu_warm(self, page_cache):
        cache.warm_menu(page_cache, ["kippers", "eel", "salmon"])
        time.sleep(0.1)
        assert cache.menu(page_cache) == ["kippers", "eel", "salmon"]

    def test_archive_batch_lookup(self, archive):
        with archive.cursor() as cur:
            cur.execute("SELECT 1")
            assert cur.fetchone() == (1,)

    def test_memcached_version(self, mc):
        assert mc.version()

    def test_page_expires(self, page_cache):
        page_cache.set("page:/flash-sale", "<html>sale</html>", ex=60)
        assert 0 < page_cache.ttl("page:/flash-sale") <= 60
