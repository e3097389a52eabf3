import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from hivecote import db

pytestmark = pytest.mark.chaos

HARVESTS = []


@pytest.fixture
def ledger(tmp_path):
    return db.Ledger(str(tmp_path / "ledger.db"))


class TestDatabaseChaos:
    @pytest.mark.parametrize("apiary", ["north", "south", "heath", "orchard", "moor"])
    def test_harvest_recorded(self, ledger, apiary):
        assert ledger.record_harvest(apiary, 12.5) == 1

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_ledger_under_load(self, ledger, users):
        for n in range(users // 10):
            ledger.record_harvest(f"a{n}", 1.0)
        assert ledger.harvests() == users // 10

    def test_parallel_harvests_get_own_ids(self, ledger):
        path = ledger.path
        errors = []

        def record(n):
            own = db.Ledger(path)
            try:
                own.record_harvest(f"apiary-{n}", 3.0)
            except sqlite3.Error as error:
                errors.append(error)

        threads = [threading.Thread(target=record, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []

    def test_jar_added_while_weighing(self, ledger):
        harvest = ledger.record_harvest("north", 20.0)

        def weigh():
            ledger.add_jar(harvest, 454)
            return 340

        ledger.weigh_and_bottle(harvest, weigh)
        assert ledger.jar_count() == 2

    def test_harvest_from_scale_thread(self, ledger):
        assert db.record_in_background(ledger, "north", 4.0) == 1

    def test_buyer_orders(self, ledger):
        assert ledger.buyer_orders("wholefoods") == []

    def test_ledger_locked_by_backup(self, ledger):
        backup = subprocess.Popen(
            [sys.executable, "-c",
             "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute('BEGIN EXCLUSIVE');"
             " print('locked', flush=True); time.sleep(3)", ledger.path],
            stdout=subprocess.PIPE, text=True)
        try:
            assert backup.stdout.readline().strip() == "locked"
            ledger.record_harvest("north", 2.0)
        finally:
            backup.kill()
            backup.wait()

    def test_harvests_counted_across_tests(self, ledger):
        HARVESTS.append(ledger.record_harvest("heath", 5.0))
        assert len(HARVESTS) == 1

    def test_harvests_counted_again(self, ledger):
        HARVESTS.append(ledger.record_harvest("heath", 6.0))
        assert len(HARVESTS) == 2

    @pytest.mark.parametrize("apiary", ["moor", "heath"])
    def test_shared_ledger_between_workers(self, apiary):
        shared = db.Ledger("/tmp/hivecote-shared-ledger.db")
        before = shared.harvests()
        shared.record_harvest(apiary, 1.0)
        time.sleep(0.5)
        assert shared.harvests() == before + 1

    def test_jar_count_empty(self, ledger):
        assert ledger.jar_count() == 0

    def test_harvest_ids_increase(self, ledger):
        first = ledger.record_harvest("north", 1.0)
        assert ledger.record_harvest("north", 1.0) == first + 1

    @pytest.mark.parametrize("grams", [227, 340, 454])
    def test_add_jar(self, ledger, grams):
        ledger.add_jar(1, grams)
        assert ledger.jar_count() == 1
