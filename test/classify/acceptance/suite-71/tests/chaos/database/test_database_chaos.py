import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from humpyard import db

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])

COMPACTION = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("DELETE FROM moves WHERE seq < 0")
print("holding", flush=True)
time.sleep(1.5)
connection.execute("COMMIT")
"""


@pytest.fixture(scope="module")
def shared_ledger_path(tmp_path_factory):
    return str(tmp_path_factory.getbasetemp().parent / "shared-ledger.db")


@pytest.mark.chaos
class TestDatabase:
    def test_waybill_added(self, ledger):
        ledger.add_waybill("GBRF-4410", "Peak Forest", 64.0)
        assert ledger.count() == 1

    def test_waybills_counted(self, ledger):
        for wagon in ("GBRF-4410", "GBRF-4411", "GBRF-5120"):
            ledger.add_waybill(wagon, "Tinsley", 30.0)
        assert ledger.count() == 3

    def test_empty_waybill_refused(self, ledger):
        with pytest.raises(ValueError):
            ledger.add_waybill("GBRF-4410", "Tinsley", 0)

    def test_ledger_usable_after_refused_waybills(self, ledger):
        for wagon in ("GBRF-4410", "GBRF-4411"):
            with pytest.raises(ValueError):
                ledger.add_waybill(wagon, "Tinsley", 0)
        ledger.add_waybill("GBRF-5120", "Tinsley", 71.2)
        assert ledger.count() == 1

    def test_waybill_needs_destination(self, ledger):
        with pytest.raises(ValueError):
            ledger.add_waybill("GBRF-4410", None, 64.0)

    @LOADS
    def test_moves_recorded_under_load(self, ledger, users):
        def shunt(worker):
            for move in range(5):
                ledger.record_move(f"GBRF-{worker:04d}", move % 8)

        with ThreadPoolExecutor(max_workers=min(users, 20)) as desks:
            for future in [desks.submit(shunt, worker) for worker in range(min(users, 20))]:
                future.result()
        connection = ledger.pool.acquire()
        assert connection.execute("SELECT COUNT(*) FROM moves").fetchone()[0] == min(users, 20) * 5

    def test_move_sequence_starts_at_one(self, ledger, pool):
        ledger.record_move("GBRF-4410", 3)
        connection = pool.acquire()
        assert connection.execute("SELECT seq FROM moves").fetchall() == [(1,)]

    @LOADS
    def test_ledger_reads_under_load(self, ledger, users):
        ledger.add_waybill("GBRF-4410", "Tinsley", 64.0)
        with ThreadPoolExecutor(max_workers=min(users, 16)) as readers:
            counts = list(readers.map(lambda _: ledger.count(), range(users)))
        assert set(counts) == {1}

    def test_waybill_during_compaction(self, ledger, pool):
        compaction = subprocess.Popen([sys.executable, "-c", COMPACTION, pool.path], stdout=subprocess.PIPE, text=True)
        try:
            assert compaction.stdout.readline().strip() == "holding"
            ledger.add_waybill("GBRF-4410", "Peak Forest", 64.0)
        finally:
            compaction.wait(timeout=10)
        assert ledger.count() == 1

    def test_count_during_compaction(self, ledger, pool):
        ledger.add_waybill("GBRF-4410", "Peak Forest", 64.0)
        compaction = subprocess.Popen([sys.executable, "-c", COMPACTION, pool.path], stdout=subprocess.PIPE, text=True)
        try:
            assert compaction.stdout.readline().strip() == "holding"
            assert ledger.count() == 1
        finally:
            compaction.wait(timeout=10)

    def test_journal_written_by_shift_thread(self, tmp_path):
        journal = db.Journal(str(tmp_path / "journal.db"))
        journal.write_async("GBRF-4410", 3)
        assert journal.connection.execute("SELECT COUNT(*) FROM moves").fetchone()[0] == 1

    def test_journal_same_thread(self, tmp_path):
        journal = db.Journal(str(tmp_path / "journal.db"))
        journal.connection.execute("INSERT INTO moves (wagon, track) VALUES ('GBRF-4410', 3)")
        assert journal.connection.execute("SELECT COUNT(*) FROM moves").fetchone()[0] == 1

    def test_tonnes_to_destination(self, ledger):
        ledger.add_waybill("GBRF-4410", "Peak Forest", 64.0)
        ledger.add_waybill("GBRF-4411", "Peak Forest", 22.5)
        assert ledger.tonnes_to("Peak Forest") == 86.5

    def test_tonnes_to_unbooked_destination(self, ledger):
        assert ledger.tonnes_to("Margam") == 0

    def test_first_shift_ledger(self, shared_ledger_path):
        ledger = db.Ledger(db.Pool(shared_ledger_path))
        ledger.add_waybill("GBRF-4410", "Tinsley", 64.0)
        assert ledger.count() == 1

    def test_second_shift_ledger(self, shared_ledger_path):
        ledger = db.Ledger(db.Pool(shared_ledger_path))
        ledger.add_waybill("GBRF-5120", "Margam", 71.2)
        assert ledger.count() == 1

    def test_pool_hands_back_connections(self, pool):
        first = pool.acquire()
        pool.release(first)
        assert pool.acquire() is first
