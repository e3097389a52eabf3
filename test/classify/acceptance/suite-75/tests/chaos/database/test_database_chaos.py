import datetime
import sqlite3
import threading
import time

import pytest

from brinewell import db


@pytest.mark.chaos
class TestDatabaseChaos:
    def test_ledger_opens_from_settings(self):
        conn = db.open_ledger()
        assert conn.execute("SELECT count(*) FROM harvest").fetchone() == (0,)

    def test_ledger_in_tmp(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        db.record_harvest(conn, 1, 12.5)
        assert conn.execute("SELECT count(*) FROM harvest").fetchone() == (1,)

    def test_write_while_reader_holds(self, ledger_file):
        db.open_ledger(ledger_file).close()
        holder = sqlite3.connect(ledger_file, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO sale (buyer, kg) VALUES ('saltco', 5)")
        threading.Timer(0.2, holder.commit).start()
        writer = db.open_tuned(ledger_file)
        writer.execute("INSERT INTO sale (buyer, kg) VALUES ('brineco', 7)")
        writer.commit()
        assert writer.execute("SELECT count(*) FROM sale").fetchone() == (2,)

    @pytest.mark.parametrize("users", [5, 20], ids=lambda n: f"{n}-users")
    def test_pool_serves_load(self, ledger_file, users):
        db.open_ledger(ledger_file).close()
        pool = db.Pool(ledger_file)
        held = [pool.acquire() for _ in range(min(users // 5 + 1, 3))]
        for conn in held:
            pool.release(conn)
        assert len(held) >= 1

    def test_graded_harvests(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        db.record_harvest(conn, 2, 30.0)
        assert db.graded_harvests(conn) == [(2, 30.0, None)]

    def test_harvest_recorded_for_today(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        db.record_harvest(conn, 1, 12.5)
        today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
        assert db.harvests_of_day(conn, today) == [(1, 12.5)]

    def test_autocommit_connection(self, ledger_file):
        conn = db.open_autocommit(ledger_file)
        conn.execute("CREATE TABLE t (x)")
        assert conn.in_transaction is False

    def test_purge_keeps_recent(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        for pan in (1, 2, 3):
            db.record_harvest(conn, pan, 10.0)
        db.purge(conn)
        assert conn.execute("SELECT count(*) FROM harvest").fetchone()[0] == 3

    def test_purge_with_retention(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        db.record_harvest(conn, 1, 10.0)
        db.purge(conn, days=30)
        assert conn.execute("SELECT count(*) FROM harvest").fetchone()[0] == 1

    def test_sale_ids_unique_under_threads(self, ledger_file):
        db.open_ledger(ledger_file).close()
        ids = []

        def sell():
            conn = sqlite3.connect(ledger_file, timeout=5)
            ids.append(db.next_sale_id(conn))
            time.sleep(0.001)
            conn.execute("INSERT INTO sale (buyer, kg) VALUES ('x', 1)")
            conn.commit()

        workers = [threading.Thread(target=sell) for _ in range(6)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert len(set(ids)) == 6

    @pytest.mark.parametrize("rows", [1, 10, 100])
    def test_bulk_insert(self, ledger_file, rows):
        conn = db.open_ledger(ledger_file)
        conn.executemany("INSERT INTO sale (buyer, kg) VALUES (?, ?)", [("b", i) for i in range(rows)])
        conn.commit()
        assert conn.execute("SELECT count(*) FROM sale").fetchone()[0] == rows

    def test_rollback_discards(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        conn.execute("INSERT INTO sale (buyer, kg) VALUES ('b', 1)")
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM sale").fetchone()[0] == 0

    def test_next_sale_id_starts_at_one(self, ledger_file):
        assert db.next_sale_id(db.open_ledger(ledger_file)) == 1

    def test_schema_idempotent(self, ledger_file):
        db.open_ledger(ledger_file).close()
        db.open_ledger(ledger_file).close()

    def test_pool_release_reuses(self, ledger_file):
        pool = db.Pool(ledger_file, size=1)
        conn = pool.acquire()
        pool.release(conn)
        assert pool.acquire() is conn

    def test_day_column_iso(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        db.record_harvest(conn, 4, 1.0)
        day = conn.execute("SELECT day FROM harvest").fetchone()[0]
        assert len(day) == 10

    def test_sale_recorded(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        conn.execute("INSERT INTO sale (buyer, kg) VALUES ('saltco', 25)")
        conn.commit()
        assert conn.execute("SELECT buyer, kg FROM sale").fetchall() == [("saltco", 25.0)]

    def test_wal_mode(self, ledger_file):
        conn = db.open_ledger(ledger_file)
        assert conn.execute("PRAGMA journal_mode=wal").fetchone() == ("wal",)
