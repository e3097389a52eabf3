import sqlite3
import threading
import time

import pytest

from berthline import db


class CardDeclined(Exception):
    pass


class TestDatabaseChaos:
    def test_database_transaction_rollback(self, database):
        def declined(reference, amount):
            raise CardDeclined(f"{reference}: card declined")

        with pytest.raises(CardDeclined):
            db.book_and_charge(database, "BK-2001", "A1", "Kittiwake", 3720, declined)
        rows = database.execute("SELECT count(*) FROM bookings WHERE reference = 'BK-2001'").fetchone()[0]
        assert rows == 0, "a declined card leaves no booking behind"

    @pytest.mark.parametrize("clients", [5, 20, 50, 200], ids=lambda n: f"pool size {n}")
    def test_database_connection_pool_load(self, database, database_path, settings, clients):
        pool = db.Pool(database_path, settings["database"]["pool_size"], settings["database"]["pool_timeout"])
        errors = []

        def client():
            try:
                connection = pool.acquire()
            except db.PoolExhausted as error:
                errors.append(error)
                return
            try:
                connection.execute("SELECT count(*) FROM berths").fetchone()
                time.sleep(0.03)
            finally:
                pool.release(connection)

        workers = [threading.Thread(target=client) for _ in range(clients)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        if errors:
            raise errors[0]

    @pytest.mark.parametrize("isolated", ["primary-isolated", "replica-isolated"])
    def test_consistency_after_partition(self, database, isolated):
        db.book(database, "BK-3001", "A1", "Fulmar", 1000)
        count = database.execute("SELECT count(*) FROM bookings").fetchone()[0]
        assert count == 1

    def test_serialization_failure_retry(self, database, database_path):
        db.book(database, "BK-4001", "A1", "Petrel", 1500)
        writer = sqlite3.connect(database_path, check_same_thread=False)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE bookings SET vessel = 'Petrel II' WHERE reference = 'BK-4001'")
        releaser = threading.Timer(0.2, writer.commit)
        releaser.start()
        try:
            db.reserve_berth(database_path, "BK-4001", "V1")
        finally:
            releaser.join()
            writer.close()
        berth = database.execute("SELECT berth_id FROM bookings WHERE reference = 'BK-4001'").fetchone()[0]
        assert berth == "V1"

    def test_berths_for_draught(self, database):
        assert db.berths_for_draught(database, 2.0) == ["A1", "V1"]

    def test_booking_reference_first(self, shared_database):
        db.book(shared_database, "BK-1001", "A1", "Guillemot", 2480)
        assert shared_database.execute("SELECT count(*) FROM bookings").fetchone()[0] == 1

    def test_booking_reference_is_unique_per_vessel(self, shared_database):
        db.book(shared_database, "BK-1001", "A1", "Razorbill", 2480)
        vessels = [row[0] for row in shared_database.execute("SELECT vessel FROM bookings")]
        assert "Razorbill" in vessels

    def test_primary_database_from_settings(self, settings):
        connection = db.open_primary(settings)
        assert connection.execute("SELECT count(*) FROM berths").fetchone()[0] >= 0

    def test_import_berths_from_harbour_office(self, database, tmp_path):
        sheet = tmp_path / "berths.csv"
        sheet.write_text("id,name,length_m\nB1,Pontoon B berth 1,18.5\nB2,Pontoon B berth 2,18\n", encoding="utf-8")
        db.import_berths(database, sheet)
        lengths = dict(database.execute("SELECT id, length_m FROM berths").fetchall())
        assert lengths["B1"] == 18.5

    def test_long_running_query_cancellation(self, database):
        database.set_progress_handler(lambda: 1, 1000)
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            database.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
            ).fetchone()
        database.set_progress_handler(None, 0)

    def test_read_only_replica_rejects_writes(self, database, database_path):
        replica = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            replica.execute("DELETE FROM berths")
        replica.close()

    def test_vacuum_after_bulk_delete(self, database):
        database.execute("DELETE FROM berths")
        database.commit()
        database.execute("VACUUM")
        assert database.execute("SELECT count(*) FROM berths").fetchone()[0] == 0

    def test_foreign_keys_pragma(self, database):
        database.execute("PRAGMA foreign_keys = ON")
        assert database.execute("PRAGMA foreign_keys").fetchone()[0] == 1

    def test_wal_mode(self, database):
        assert database.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"

    def test_booking_amount_integer_pence(self, database):
        db.book(database, "BK-5001", "V1", "Shearwater", 7750)
        amount = database.execute("SELECT amount_pence FROM bookings").fetchone()[0]
        assert amount == 7750

    def test_savepoint_rollback(self, database):
        database.execute("SAVEPOINT hold")
        db.add_berth(database, "T1", "Temporary", 8.0)
        database.execute("ROLLBACK TO hold")
        database.execute("RELEASE hold")
        ids = [row[0] for row in database.execute("SELECT id FROM berths ORDER BY id")]
        assert "T1" not in ids or ids.count("T1") == 1

    def test_concurrent_readers(self, database, database_path):
        readers = [db.connect(database_path) for _ in range(4)]
        counts = [reader.execute("SELECT count(*) FROM berths").fetchone()[0] for reader in readers]
        for reader in readers:
            reader.close()
        assert counts == [2, 2, 2, 2]
