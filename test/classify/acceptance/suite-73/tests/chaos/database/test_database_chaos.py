import sqlite3

import pytest

from parcelwick import store


@pytest.fixture(scope="module")
def depot_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("depot") / "depot.db")
    conn = store.connect(path)
    store.migrate(conn)
    yield conn
    conn.close()


class TestDatabase:
    def test_book_and_find(self, db):
        conn, _ = db
        shipment = store.book(conn, "LDS", "A. Byrne", 1.5, 2)
        assert store.find(conn, shipment)["recipient"] == "A. Byrne"

    def test_unknown_shipment(self, db):
        conn, _ = db
        assert store.find(conn, 999) is None

    def test_book_two_for_one_depot(self, db):
        conn, _ = db
        first = store.book(conn, "LDS", "A. Byrne", 1.5, 2)
        second = store.book(conn, "LDS", "C. Duarte", 0.4, 1)
        assert first != second

    def test_tracking_numbers_prefixed(self, db):
        conn, _ = db
        shipment = store.book(conn, "MAN", "E. Foley", 2.0, 2)
        assert store.find(conn, shipment)["tracking"].startswith("PWMAN")

    def test_dispatch_marks_shipments(self, db):
        conn, path = db
        shipment = store.book(conn, "LDS", "G. Hale", 3.1, 3)
        store.dispatch(conn, path, [shipment])
        assert store.find(conn, shipment)["status"] == "dispatched"

    def test_cancel(self, db):
        conn, _ = db
        shipment = store.book(conn, "LDS", "I. Jones", 1.0, 1)
        store.cancel(conn, shipment)
        assert store.find(conn, shipment)["status"] == "cancelled"

    def test_insure_shipment(self, db):
        conn, _ = db
        shipment = store.book(conn, "LDS", "K. Lim", 4.2, 4)
        store.insure(conn, shipment, 250)
        assert store.find(conn, shipment)["insured_value"] == 250

    def test_counts_by_status(self, db):
        conn, _ = db
        for name in ("M. Noor", "O. Park"):
            store.book(conn, name[:3].upper().replace(".", "").replace(" ", "X"), name, 1.0, 1)
        assert store.count(conn, "booked") == 2

    def test_counts_by_zone(self, db):
        conn, _ = db
        store.book(conn, "ABD", "Q. Reid", 1.0, 3)
        store.book(conn, "BFS", "S. Tan", 1.0, 4)
        assert store.by_zone(conn) == {3: 1, 4: 1}

    def test_recipient_required(self, db):
        conn, _ = db
        with pytest.raises(sqlite3.IntegrityError):
            store.book(conn, "LDS", None, 1.0, 1)

    def test_rollback_on_error(self, db):
        conn, _ = db
        conn.execute("begin")
        store.book(conn, "LDS", "U. Vance", 1.0, 1)
        conn.execute("rollback")
        assert store.count(conn) == 0

    def test_depot_first_booking(self, depot_db):
        store.book(depot_db, "GLA", "W. Xu", 2.2, 2)
        assert store.count(depot_db) == 1

    def test_depot_second_booking(self, depot_db):
        store.book(depot_db, "EDI", "Y. Zeller", 0.9, 2)
        assert store.count(depot_db) == 2

    def test_depot_zone_report(self, depot_db):
        assert store.by_zone(depot_db) == {2: 2}

    def test_depot_only_booked(self, depot_db):
        store.book(depot_db, "ABD", "Z. Amin", 1.1, 3)
        assert store.count(depot_db) == 1

    def test_audit_written(self, db):
        conn, path = db
        store.audit(path, 1, "booked")
        assert conn.execute("select count(*) from audit").fetchone()[0] == 1

    def test_weight_stored_as_real(self, db):
        conn, _ = db
        shipment = store.book(conn, "LDS", "B. Cole", 2, 1)
        assert isinstance(store.find(conn, shipment)["weight_kg"], float)

    def test_migrations_listed(self):
        assert sorted(store.MIGRATIONS) == ["0001_shipments", "0002_audit"]

    def test_schema_has_status_default(self, db):
        conn, _ = db
        shipment = store.book(conn, "LDS", "D. Ellis", 1.0, 1)
        assert store.find(conn, shipment)["status"] == "booked"
