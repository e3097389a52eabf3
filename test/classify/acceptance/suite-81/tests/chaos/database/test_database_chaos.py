import pytest

from reedbank import db


class TestOrders:
    def test_order_inserted(self, pg):
        with pg.cursor() as cur:
            cur.execute("INSERT INTO orders (buyer, species, bundles) VALUES (%s, %s, %s) RETURNING id", ("ada", "sedge", 40))
            assert cur.fetchone()[0] > 0

    def test_order_lines_total(self, pg):
        with pg.cursor() as cur:
            cur.execute("SELECT SUM(bundles) FROM order_lines WHERE order_id = %s", (1,))
            assert cur.fetchone()[0] is not None

    def test_order_rollback(self, pg):
        pg.rollback()
        assert pg.closed == 0

    def test_order_cancelled(self, pg):
        with pg.cursor() as cur:
            cur.execute("UPDATE orders SET state = 'cancelled' WHERE id = %s", (1,))
            assert cur.rowcount in (0, 1)

    def test_buyer_orders_listed(self, pg):
        with pg.cursor() as cur:
            cur.execute("SELECT id FROM orders WHERE buyer = %s", ("ada",))
            assert isinstance(cur.fetchall(), list)


class TestStock:
    def test_stock_reserved(self, pg):
        with pg.cursor() as cur:
            cur.execute("UPDATE stock SET reserved = reserved + 10 WHERE species = %s", ("sedge",))
            assert cur.rowcount == 1

    def test_stock_never_negative(self, pg):
        with pg.cursor() as cur:
            cur.execute("SELECT COUNT(*) FROM stock WHERE bundles < 0")
            assert cur.fetchone()[0] == 0

    def test_stock_by_species(self, pg):
        with pg.cursor() as cur:
            cur.execute("SELECT species, bundles FROM stock ORDER BY species")
            assert all(row[1] >= 0 for row in cur.fetchall())

    @pytest.mark.parametrize("users", [10, 100])
    def test_stock_reads_under_load(self, pg, users):
        with pg.cursor() as cur:
            for _ in range(users):
                cur.execute("SELECT bundles FROM stock WHERE species = %s", ("water-reed",))
            assert cur.rowcount >= 0


class TestLedger:
    def test_bundles_added(self, ledger):
        assert db.add_bundles(ledger, "sedge", 120, 10) == 1

    def test_stock_summed(self, ledger):
        db.add_bundles(ledger, "sedge", 120, 10)
        db.add_bundles(ledger, "sedge", 150, 5)
        assert db.stock(ledger, "sedge") == 15

    def test_stock_of_unknown_species(self, ledger):
        assert db.stock(ledger, "heather") == 0

    def test_longest_bundle(self, ledger):
        db.add_bundles(ledger, "sedge", 120, 10)
        db.add_bundles(ledger, "water-reed", 180, 5)
        assert db.longest(ledger) == ("water-reed", 180)

    def test_ledger_dump(self, ledger):
        db.add_bundles(ledger, "sedge", 120, 10)
        assert "INSERT INTO \"bundles\"" in db.ledger_dump(ledger)

    @pytest.mark.parametrize("species", ["sedge", "water-reed", "long-straw"])
    def test_each_species(self, ledger, species):
        db.add_bundles(ledger, species, 100, 1)
        assert db.stock(ledger, species) == 1

    def test_ledger_reopened(self, tmp_path):
        first = db.ledger(tmp_path / "l.sqlite3")
        db.add_bundles(first, "sedge", 100, 3)
        first.close()
        again = db.ledger(tmp_path / "l.sqlite3")
        assert db.stock(again, "sedge") == 3
        again.close()


class TestMaintenance:
    def test_migrations_registered(self):
        assert db.migrations() == []

    def test_backup_written(self, settings, tmp_path):
        db.backup(settings["database"]["url"], tmp_path / "backup")
        assert (tmp_path / "backup").exists()
