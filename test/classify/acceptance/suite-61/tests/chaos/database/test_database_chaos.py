import pytest

from milkrun import collection


@pytest.mark.chaos
class TestDatabase:
    def test_dairy_reachable(self, dairy_pg):
        with dairy_pg.cursor() as cursor:
            cursor.execute("SELECT 1")

    @pytest.mark.parametrize("year", [2025, 2026])
    def test_farm_volumes(self, dairy_pg, year):
        with dairy_pg.cursor() as cursor:
            cursor.execute("SELECT sum(litres) FROM collections WHERE year = %s", (year,))

    @pytest.mark.parametrize("users", [10, 100], ids=lambda users: f"{users}-users")
    def test_connection_pool_load(self, dairy_pg, users):
        with dairy_pg.cursor() as cursor:
            for _ in range(users):
                cursor.execute("SELECT count(*) FROM farms")


@pytest.mark.chaos
class TestCollectionBook:
    def test_collection_recorded(self, collection_book):
        assert collection.record_collection(collection_book, "R001", "F0042", "2026-12-01", 1840, lambda *a: None) == 1

    def test_collection_sent_again_after_timeout(self, collection_book):
        calls = []

        def send(route, farm, litres):
            calls.append(farm)
            if len(calls) == 1:
                raise TimeoutError("co-op did not answer")

        assert collection.record_collection(collection_book, "R001", "F0042", "2026-12-01", 1840, send) == 2
        assert collection_book.execute("SELECT count(*) FROM collections").fetchone()[0] == 1
