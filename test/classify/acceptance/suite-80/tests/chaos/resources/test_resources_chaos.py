import os
import sqlite3

import pytest

from cordwood import files, ledger, pool, settings


class TestArchive:
    def test_archive_season(self):
        path = files.archive_season(2025, [(1, "oak", 2.0), (2, "ash", 1.0)])
        assert os.path.exists(path)

    def test_archive_local(self, tmp_path, monkeypatch):
        monkeypatch.setenv("CORDWOOD_ARCHIVE_DIR", str(tmp_path))
        path = files.archive_season(2024, [(1, "oak", 2.0)])
        assert sqlite3.connect(path).execute("SELECT count(*) FROM orders").fetchone()[0] == 1


class TestSpool:
    def test_spool_note(self):
        path = files.spool_note(1, "Two cords of oak, stacked by the barn.")
        assert os.path.getsize(path) > 0

    def test_spool_large_note(self):
        path = files.spool_note(2, "Delivery route and gate codes.\n" * 4000)
        assert os.path.getsize(path) > 100_000

    def test_spool_local(self, tmp_path, monkeypatch):
        monkeypatch.setenv("CORDWOOD_SPOOL_DIR", str(tmp_path))
        assert os.path.exists(files.spool_note(3, "ok"))


class TestLedgerFiles:
    def test_bulk_rows_on_spool_disk(self):
        files.write_ledger_rows(os.path.join(settings.spool_dir(), "bulk.db"), 5000)

    def test_bulk_rows_local(self, tmp_path):
        files.write_ledger_rows(str(tmp_path / "bulk.db"), 500)
        assert ledger.connect(str(tmp_path / "bulk.db")).execute("SELECT count(*) FROM orders").fetchone()[0] == 500

    def test_price_list_update(self):
        conn = ledger.connect(settings.get("PRICES_DB"), migrated=False)
        conn.execute("UPDATE stacks SET cords = cords WHERE name = 'north-1'")
        conn.commit()

    def test_price_list_read(self):
        conn = ledger.connect(settings.get("PRICES_DB"), migrated=False)
        assert conn.execute("SELECT count(*) FROM stacks").fetchone()[0] == 1

    def test_tally_file_update(self):
        conn = sqlite3.connect(settings.get("TALLY_DB"), timeout=0.2)
        conn.execute("UPDATE tally SET loads = loads + 1")
        conn.commit()

    def test_tally_file_read(self):
        conn = sqlite3.connect(settings.get("TALLY_DB"), timeout=0.2)
        assert conn.execute("SELECT loads FROM tally").fetchone()[0] >= 0


class TestShards:
    def test_open_twelve_shards(self, tmp_path):
        assert len(files.open_shards(str(tmp_path), 12)) == 12

    def test_open_every_shard(self, tmp_path):
        assert len(files.open_shards(str(tmp_path), 300)) == 300


class TestFixedPaths:
    def test_quote_db_in_tmp(self):
        conn = ledger.connect("/tmp/cordwood-quotes.db")
        ledger.add_customer(conn, "Ann")

    def test_orders_db_in_tmp_first(self):
        conn = ledger.connect("/tmp/cordwood-orders.db")
        ledger.place_order(conn, ledger.add_customer(conn, "Ann"), "oak", 1)
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1

    def test_orders_db_in_tmp_second(self):
        conn = ledger.connect("/tmp/cordwood-orders.db")
        ledger.place_order(conn, ledger.add_customer(conn, "Bob"), "ash", 2)
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1


class TestPool:
    def test_pool_from_settings(self, ledger_file):
        workers = pool.Pool(ledger_file)
        assert workers.run(ledger.add_customer, "Ann") == 1

    def test_pool_of_two(self, ledger_file):
        workers = pool.Pool(ledger_file, size=2)
        assert workers.run(ledger.add_customer, "Ann") == 1

    def test_pool_exhausted_when_held(self, ledger_file):
        workers = pool.Pool(ledger_file, size=1)
        workers.acquire()
        with pytest.raises(pool.PoolExhausted):
            workers.acquire(timeout=0.05)


class TestExport:
    def test_export_small(self, tmp_path):
        assert files.export_csv(str(tmp_path / "a.csv"), [("north-1", "oak", 4)]) > 0

    def test_export_season(self, tmp_path):
        rows = [(n, "oak", "x" * 200) for n in range(60_000)]
        assert files.export_csv(str(tmp_path / "season.csv"), rows) > 10_000_000
