import sqlite3
import threading

import pytest

from loomhouse import db


@pytest.fixture
def ledger(tmp_path):
    connection = db.connect(tmp_path / "ledger.db")
    ledger = db.Ledger(connection)
    ledger.add_loom("L1", 140)
    ledger.add_loom("L2", 180)
    yield ledger
    connection.close()


@pytest.fixture(scope="module")
def shared_ledger(tmp_path_factory):
    connection = db.connect(tmp_path_factory.mktemp("shared") / "ledger.db")
    ledger = db.Ledger(connection)
    ledger.add_loom("L1", 140)
    yield ledger
    connection.close()


@pytest.mark.chaos
class TestDatabaseChaos:
    def test_bolt_numbered(self, ledger):
        assert ledger.add_bolt("L1", 50.0) == 1

    def test_bolts_numbered_in_order(self, ledger):
        ledger.add_bolt("L1", 50.0)
        assert ledger.add_bolt("L2", 40.0) == 2

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_bolts_numbered_under_load(self, ledger, users):
        errors = []

        def weave():
            try:
                ledger.add_bolt("L1", 10.0)
            except sqlite3.Error as error:
                errors.append(error)

        threads = [threading.Thread(target=weave) for _ in range(users // 10 * 4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        assert ledger.bolt_count() == len(threads)

    def test_bolt_with_dye_lot(self, ledger):
        ledger.add_bolt_with_lot("L1", 50.0, "LOT-7")
        assert len(ledger.bolts_of_lot("LOT-7")) == 1

    def test_bolts_of_unknown_lot(self, ledger):
        assert ledger.bolts_of_lot("LOT-0") == []

    def test_shift_with_foreman(self, ledger):
        ledger.open_shift("early", "Ada")

    def test_shift_without_foreman_yet(self, ledger):
        ledger.open_shift("night", foreman="")

    def test_retire_idle_loom(self, ledger):
        ledger.retire_loom("L2")

    def test_retire_loom_with_bolts(self, ledger):
        ledger.add_bolt("L1", 30.0)
        with pytest.raises(sqlite3.IntegrityError):
            ledger.retire_loom("L1")

    def test_bolt_number_given(self, ledger):
        assert ledger.add_bolt("L1", 20.0, number=42) == 42

    def test_metres_total(self, ledger):
        for metres in (50.0, 42.5, 38.25):
            ledger.add_bolt("L1", metres)
        assert ledger.metres() == 131.25

    def test_metres_of_empty_ledger(self, ledger):
        assert ledger.metres() == 0

    def test_shared_ledger_records(self, shared_ledger):
        shared_ledger.add_bolt("L1", 12.0)
        shared_ledger.add_bolt("L1", 14.0)
        assert shared_ledger.bolt_count() == 2

    def test_shared_ledger_starts_empty(self, shared_ledger):
        assert shared_ledger.bolt_count() == 0

    def test_unknown_loom_refused(self, ledger):
        with pytest.raises(sqlite3.IntegrityError):
            ledger.add_bolt("L9", 10.0)


@pytest.mark.chaos
class TestLedgerUnderFlush:
    @pytest.fixture
    def flushing(self, tmp_path):
        path = tmp_path / "ledger.db"
        ledger = db.Ledger(db.connect(path, timeout=0.2))
        ledger.add_loom("L1", 140)
        flusher = db.Flusher(path)
        flusher.start()
        yield ledger
        flusher.join()
        ledger.connection.close()

    def test_bolt_during_flush(self, flushing):
        assert flushing.add_bolt("L1", 25.0) == 1

    def test_loom_during_flush(self, flushing):
        flushing.add_loom("L3", 200)

    def test_read_during_flush(self, flushing):
        assert flushing.bolt_count() == 0


@pytest.mark.chaos
class TestLedgerFromSettings:
    @pytest.fixture
    def configured(self):
        connection = db.from_settings()
        yield db.Ledger(connection)
        connection.close()

    def test_ledger_opens(self, configured):
        assert configured.bolt_count() >= 0

    def test_ledger_counts_looms(self, configured):
        assert configured.metres() >= 0
