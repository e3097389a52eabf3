import psycopg2
import pytest

from smokehall import db


class TestDatabase:
    def test_batch_added(self, book):
        batch = db.add_batch(book, "Oak kippers", 1)
        assert db.batch_name(book, batch) == "Oak kippers"

    def test_first_batch_name(self, book):
        assert db.batch_name(book, 1) == "Oak kippers"

    @pytest.mark.parametrize("wood", ["oak", "beech", "alder", "cherry"])
    def test_batches_per_wood(self, book, wood):
        batch = db.add_batch(book, f"{wood} test", 5, wood)
        with book.cursor() as cur:
            cur.execute("SELECT wood FROM batches WHERE id = %s", (batch,))
            assert cur.fetchone()[0] == wood

    def test_wood_report(self, book):
        db.add_batch(book, "Report oak", 6, "oak", 25)
        assert db.wood_report(book)["oak"] >= 1

    def test_kg_by_customer(self, book):
        customer = db.register_customer(book, "kg@smokehall.test", "Kg")
        batch = db.add_batch(book, "Kg batch", 7)
        db.set_stock(book, 7, 100)
        db.place_order(book, customer, batch, 7, 4)
        assert db.kg_by_customer(book)["kg@smokehall.test"] == 4

    def test_failed_order_leaves_no_order(self, book):
        customer = db.register_customer(book, "short@smokehall.test", "Short")
        batch = db.add_batch(book, "Short batch", 8)
        db.set_stock(book, 8, 2)
        with pytest.raises(psycopg2.errors.CheckViolation):
            db.place_order(book, customer, batch, 8, 5)
        assert db.order_count(book, customer) == 0

    def test_order_takes_stock(self, book):
        customer = db.register_customer(book, "stock@smokehall.test", "Stock")
        batch = db.add_batch(book, "Stock batch", 9)
        db.set_stock(book, 9, 20)
        db.place_order(book, customer, batch, 9, 5)
        assert db.stock(book, 9) == 15

    def test_monthly_yield(self, book):
        assert db.monthly_yield(book) == 20_000_000

    def test_loyalty_points_start_at_zero(self, book):
        customer = db.register_customer(book, "loyal@smokehall.test", "Loyal")
        assert db.loyalty_points(book, customer) == 0

    def test_loyalty_points_added(self, book):
        customer = db.register_customer(book, "loyal2@smokehall.test", "Loyal")
        db.add_loyalty(book, customer, 15)
        assert db.loyalty_points(book, customer) == 15

    def test_open_orders_report(self):
        assert db.open_orders_report() >= 0

    def test_batches_report(self):
        assert db.batches_report() >= 1

    def test_tasting_recorded(self, book):
        batch = db.add_batch(book, "Tasted", 10)
        db.record_tasting(batch, "smoky, firm, a little salty")

    def test_tasting_notes_readable(self):
        assert db.tasting_notes(-1) == []

    def test_customers_table_starts_empty(self, book):
        with book.cursor() as cur:
            cur.execute("SELECT count(*) FROM customers")
            assert cur.fetchone()[0] == 0

    def test_pooled_lookups(self, book):
        batch = db.add_batch(book, "Pooled", 12)
        names = [db.pooled_batch_name(b) for b in (batch, -1, -2, -3, batch)]
        assert names[0] == names[-1] == "Pooled"

    def test_archive_reachable(self, archive):
        with archive.cursor() as cur:
            cur.execute("SELECT current_database()")
            assert cur.fetchone()[0] == "smokehall"

    def test_whole_catch_batch(self, book):
        batch = db.add_batch(book, "Season's herring", 13, "oak", 1_250_000)
        assert db.batch_name(book, batch) == "Season's herring"
