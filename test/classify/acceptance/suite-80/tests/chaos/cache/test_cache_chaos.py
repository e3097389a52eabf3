import subprocess
import sys
import time

import pytest

from cordwood import cache, core, ledger, models, settings


@pytest.fixture(autouse=True)
def fresh_prices():
    cache.clear_prices()
    saved = dict(cache.PRICE_TABLE)
    yield
    cache.PRICE_TABLE.update(saved)


@pytest.fixture(scope="module")
def quotes():
    return cache.QuoteCache(lambda species, cords: core.price(species, cords))


class TestPriceCache:
    def test_price_read(self):
        assert cache.price_per_cord("oak") == 310

    def test_price_cached(self):
        cache.price_per_cord("ash")
        cache.PRICE_TABLE["ash"] = 0
        assert cache.price_per_cord("ash") == 285

    def test_price_after_update(self):
        assert cache.price_per_cord("birch") == 260
        cache.set_price("birch", 275)
        assert cache.price_per_cord("birch") == 275

    def test_unknown_species(self):
        with pytest.raises(KeyError):
            cache.price_per_cord("teak")


class TestQuotes:
    def test_first_quote_is_a_miss(self, quotes):
        quotes.quote("ann", "oak", 2)
        assert quotes.misses == 1

    def test_quote_value(self, quotes):
        assert str(quotes.quote("bob", "ash", 1)) == "285.00"

    def test_quote_per_species(self, quotes):
        quotes.quote("cat", "oak", 1)
        assert str(quotes.quote("cat", "pine", 1)) == "190.00"

    def test_second_customer_misses(self, quotes):
        quotes.quote("dev", "oak", 3)
        assert quotes.misses == 1


class TestStackShelf:
    def test_put_and_get(self, tmp_path):
        shelf = cache.StackShelf(str(tmp_path / "stacks"))
        shelf.put(models.Stack("north-1", "oak", 4))
        assert shelf.get("north-1").cords == 4

    def test_reading_kept(self, tmp_path):
        shelf = cache.StackShelf(str(tmp_path / "stacks"))
        shelf.put(models.Stack("north-1", "oak", 4))
        shelf.add_reading("north-1", 18)
        assert shelf.get("north-1").moisture == [18]

    def test_names_sorted(self, tmp_path):
        shelf = cache.StackShelf(str(tmp_path / "stacks"))
        for name in ("b", "a"):
            shelf.put(models.Stack(name, "ash", 1))
        assert shelf.names() == ["a", "b"]

    def test_runner_shelf_readable(self):
        shelf = cache.StackShelf(settings.get("STACK_SHELF"))
        assert shelf.get("north-1").species == "oak"


class TestReadingCache:
    def test_put_get(self, tmp_path):
        readings = cache.ReadingCache(str(tmp_path / "readings"))
        readings.put("north-1", 19.5)
        assert readings.get("north-1") == 19.5

    def test_reading_expires(self, tmp_path):
        readings = cache.ReadingCache(str(tmp_path / "readings"), ttl=1.0)
        readings.put("north-1", 19.5)
        time.sleep(0.2)
        assert readings.get("north-1") is None

    def test_reading_from_meter_process(self, tmp_path):
        folder = str(tmp_path / "readings")
        code = f"from cordwood.cache import ReadingCache; ReadingCache({folder!r}).put('north-2', 17.0)"
        subprocess.run([sys.executable, "-c", code], check=True)
        assert cache.ReadingCache(folder).get("north-2") == 17.0

    def test_runner_cache_folder(self):
        readings = cache.ReadingCache(settings.cache_dir())
        readings.put("south-1", 22.0)
        assert readings.get("south-1") == 22.0


class TestTallies:
    def test_add_then_get(self, tmp_path):
        tallies = cache.Tallies(str(tmp_path / "tallies"))
        tallies.add("dev", 2)
        tallies.add("dev", 1)
        assert tallies.get("dev") == 3

    def test_new_driver_has_none(self, tmp_path):
        assert cache.Tallies(str(tmp_path / "tallies")).get("eve") == 0


class TestStockCache:
    def test_cords_cached(self, db):
        ledger.add_stack(db, "north-1", "oak", 4)
        stock = cache.StockCache(db)
        assert stock.cords("north-1") == 4

    def test_cords_after_take(self, db):
        ledger.add_stack(db, "north-1", "oak", 4)
        stock = cache.StockCache(db)
        stock.cords("north-1")
        stock.take("north-1", 1)
        assert stock.cords("north-1") == 3


class TestSharedCache:
    def test_set_then_get(self):
        shared = cache.Remote(settings.cache_addr())
        shared.set("north-1", "4.0")
        assert shared.get("north-1") == "4.0"

    def test_yard_cache_set(self):
        yard = settings.get("YARD_CACHE_ADDR").rsplit(":", 1)
        assert cache.Remote((yard[0], int(yard[1]))).set("south-1", "2.5") == "OK"

    def test_yard_cache_unknown_key(self):
        yard = settings.get("YARD_CACHE_ADDR").rsplit(":", 1)
        assert cache.Remote((yard[0], int(yard[1]))).get("south-1") is None
