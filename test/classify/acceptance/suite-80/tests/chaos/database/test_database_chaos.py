import pytest

from cordwood import ledger, pg, settings


def seed(conn):
    ann = ledger.add_customer(conn, "Ann")
    bob = ledger.add_customer(conn, "Bob")
    ledger.place_order(conn, bob, "oak", 2)
    ledger.place_order(conn, ann, "ash", 1)
    ledger.place_order(conn, bob, "birch", 1.5, status="late")
    return ann, bob


class TestOrders:
    def test_place_and_count(self, db):
        seed(db)
        assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 3

    def test_orders_with_names(self, db):
        seed(db)
        assert ledger.orders_with_names(db) == [(1, "Bob"), (2, "Ann"), (3, "Bob")]

    def test_open_orders_of_customer(self, db):
        ann, bob = seed(db)
        ledger.place_order(db, ann, "pine", 1, status="late")
        assert ledger.open_orders(db, bob) == [1, 3]

    def test_first_page(self, db):
        ann, _ = seed(db)
        for _ in range(5):
            ledger.place_order(db, ann, "oak", 1)
        assert ledger.page(db, 1, 3) == [1, 2, 3]

    def test_page_past_end(self, db):
        seed(db)
        assert ledger.page(db, 4, 3) == []

    def test_total_cords(self, db):
        ann = ledger.add_customer(db, "Ann")
        for amount in (0.1, 0.2, 0.3):
            ledger.place_order(db, ann, "pine", amount)
        assert ledger.total_cords(db) == 0.6

    def test_customers_in_town(self, db):
        ledger.add_customer(db, "Cat", town="Derby")
        assert ledger.customers_in(db, "Derby") == ["Cat"]

    def test_status_set(self, db):
        seed(db)
        ledger.set_status(db, 2, "delivered")
        assert ledger.status_of(db, 1) == "open"


class TestStacks:
    def test_add_stack(self, db):
        ledger.add_stack(db, "north-1", "oak", 4)
        assert ledger.stack_cords(db, "north-1") == 4

    def test_upsert_updates_existing(self, db):
        ledger.add_stack(db, "north-1", "oak", 4)
        ledger.upsert_stack(db, "north-1", "oak", 3)
        assert ledger.stack_cords(db, "north-1") == 3

    def test_missing_stack(self, db):
        assert ledger.stack_cords(db, "south-9") is None

    def test_deliveries_by_driver(self, db):
        ann, _ = seed(db)
        ledger.record_delivery(db, 1, "dev", "2026-12-01T09:00")
        assert ledger.deliveries_by(db, "dev") == [1]


class TestSchema:
    def test_migrations_reach_latest(self, db):
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(ledger.MIGRATIONS)

    def test_schema_matches_settings(self, db):
        assert ledger.check_schema(db) == len(ledger.MIGRATIONS)

    def test_report_ledger_has_invoices(self):
        conn = ledger.connect(settings.get("REPORT_LEDGER"), migrated=False)
        assert conn.execute("SELECT count(*) FROM invoices").fetchone()[0] >= 0

    def test_invoice_written(self, db):
        seed(db)
        ledger.invoice(db, 1, "620.00")
        assert db.execute("SELECT total FROM invoices WHERE order_id = 1").fetchone()[0] == "620.00"


class TestPostgresStock:
    def test_add_and_read_cords(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 4)
        assert pg.cords_of(pgconn, "north-1") == 4

    def test_buyer_with_apostrophe(self, pgconn):
        pg.add_buyer(pgconn, "Dara O'Brien")
        assert pg.find_buyer(pgconn, "Dara O'Brien") == 1

    def test_rename_skips_taken(self, pgconn, yard_id):
        for name in ("a", "b", "c"):
            pg.add_stack(pgconn, yard_id, name, "ash", 1)
        assert pg.rename_stacks(pgconn, [("a", "b"), ("c", "d")]) == ["d"]

    def test_invoice_total(self, pgconn):
        assert pg.invoice_total(pgconn, 1) is None

    def test_stack_moisture(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 4)
        assert pg.moisture_of(pgconn, "north-1") is None

    def test_stack_names(self, pgconn, yard_id):
        for name in ("n1", "n2", "n3"):
            pg.add_stack(pgconn, yard_id, name, "oak", 2)
        pg.set_cords(pgconn, "n1", 1.5)
        assert pg.stack_names(pgconn) == ["n1", "n2", "n3"]


class TestReportsDatabase:
    @pytest.fixture
    def reports(self):
        conn = pg.connect(settings.reports_dsn())
        yield conn
        conn.close()

    def test_reports_reachable(self, reports):
        assert reports.closed == 0
