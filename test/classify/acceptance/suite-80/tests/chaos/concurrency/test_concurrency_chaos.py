import sqlite3
import threading

import pytest

from cordwood import ledger, pg, settings, yard


class TestLoaders:
    def test_one_truck(self, ledger_file):
        conn = ledger.connect(ledger_file)
        ledger.add_stack(conn, "north-1", "oak", 10)
        yard.take(ledger_file, "north-1", 2)
        assert ledger.stack_cords(conn, "north-1") == 8

    def test_eight_trucks(self, ledger_file):
        conn = ledger.connect(ledger_file)
        ledger.add_stack(conn, "north-1", "oak", 20)
        yard.load_trucks(ledger_file, "north-1", 8, 2)
        assert ledger.stack_cords(conn, "north-1") == 4

    def test_two_trucks_in_turn(self, ledger_file):
        conn = ledger.connect(ledger_file)
        ledger.add_stack(conn, "north-1", "oak", 10)
        yard.take(ledger_file, "north-1", 2)
        yard.take(ledger_file, "north-1", 3)
        assert ledger.stack_cords(conn, "north-1") == 5

    def test_count_in_pool(self, ledger_file):
        conn = ledger.connect(ledger_file)
        for name in ("a", "b", "c", "d", "e"):
            ledger.add_stack(conn, name, "ash", 1)
        assert yard.count_in_pool(conn, ["a", "b", "c", "d", "e"]) == [1, 1, 1, 1, 1]


class TestSales:
    def test_one_sale(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 10)
        pg.sell(pgconn, "north-1", 2, "ann")
        assert pg.cords_of(pgconn, "north-1") == 8

    def test_six_buyers_at_once(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 12)
        yard.sell_concurrently(settings.pg_dsn(), "north-1", ["a", "b", "c", "d", "e", "f"], 1)
        assert pg.cords_of(pgconn, "north-1") == 6

    def test_phone_sale_seen_by_office(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 10)
        pg.log_sale(pgconn, "north-1", 1, "phone")
        office = pg.connect()
        try:
            assert pg.sales_count(office) == 1
        finally:
            office.close()

    def test_swap_loads(self, pgconn, yard_id):
        pg.add_stack(pgconn, yard_id, "north-1", "oak", 10)
        pg.add_stack(pgconn, yard_id, "north-2", "ash", 10)
        yard.swap_loads(settings.pg_dsn(), "north-1", "north-2", 1)
        assert pg.cords_of(pgconn, "north-1") == 10


class TestLedgerConnections:
    def test_delivery_seen_by_second_connection(self, ledger_file):
        first = ledger.connect(ledger_file)
        customer = ledger.add_customer(first, "Ann")
        order = ledger.place_order(first, customer, "oak", 1)
        ledger.record_delivery(first, order, "dev", "2026-12-01T10:00")
        second = ledger.connect(ledger_file)
        assert second.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 1

    def test_import_then_second_writer(self, ledger_file):
        first = ledger.connect(ledger_file)
        customer = ledger.add_customer(first, "Ann")
        assert ledger.import_orders(first, [(customer, "oak", 1), (customer, None, 2)]) == 1
        second = ledger.connect(ledger_file)
        ledger.add_customer(second, "Bob")

    def test_readers_share_file(self, ledger_file):
        first = ledger.connect(ledger_file)
        ledger.add_customer(first, "Ann")
        second = ledger.connect(ledger_file)
        assert second.execute("SELECT name FROM customers").fetchone()[0] == "Ann"

    def test_writer_while_test_holds_lock(self, ledger_file):
        holder = sqlite3.connect(ledger_file, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO customers (name) VALUES ('held')")
        writer = ledger.connect(ledger_file)
        ledger.add_customer(writer, "Bob")
        holder.execute("COMMIT")
        assert writer.execute("SELECT count(*) FROM customers").fetchone()[0] == 2


class TestSharedLedger:
    def test_nightly_compaction(self):
        yard.compact(settings.ledger_path())

    def test_shared_ledger_customer(self):
        conn = ledger.connect(settings.ledger_path(), migrated=False)
        assert ledger.add_customer(conn, "Gus") > 0


class TestTally:
    @pytest.mark.parametrize("count", [1, 10, 100])
    def test_tally(self, count):
        assert yard.tally_loads(count) == count

    def test_tally_lock_is_free_after(self):
        tally = yard.Tally()
        tally.add()
        assert tally.lock.acquire(blocking=False)

    def test_threads_finish(self):
        done = []
        threads = [threading.Thread(target=done.append, args=(n,)) for n in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(done) == [0, 1, 2, 3, 4]

    def test_lock_serialises(self):
        lock = threading.Lock()
        seen = []

        def worker(n):
            with lock:
                seen.append(n)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 20

    def test_event_wakes_waiter(self):
        ready = threading.Event()
        threading.Timer(0.05, ready.set).start()
        assert ready.wait(timeout=2)
