"""The dispensing ledger over SQLite: migrations, the replica's lag, a locked file, the pool."""
import time

import pytest

from dispensa import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def eng(tmp_path):
    e = ledger.engine(tmp_path / "ledger.db", pool_size=5)
    ledger.migrate(e)
    return e


def test_record_with_pharmacist(eng):
    ledger.record(eng, 1001, "AMOX-500", 21, pharmacist="kmoss")
    assert len(ledger.by_pharmacist(eng, "kmoss")) == 1


def test_redispense_after_lost_answer(eng):
    ledger.record_simple(eng, 1002, "IBU-200", 24)
    ledger.redispense(eng, 1002, "IBU-200", 24)


def test_read_back_from_replica(tmp_path):
    primary, replica = tmp_path / "primary.db", tmp_path / "replica.db"
    for path in (primary, replica):
        ledger.migrate(ledger.engine(path))
    sync = ledger.ReplicaSync(primary, replica, interval=0.5)
    ledger.record_simple(ledger.engine(primary), 1003, "PARA-500", 32)
    time.sleep(0.1)
    assert ledger.dispensed_on_replica(replica, 1003) == ("PARA-500",)
    sync.stop.set()


def test_month_close(eng, tmp_path):
    ledger.record_simple(eng, 1004, "AMOX-500", 21)
    ledger.month_close(tmp_path / "ledger.db")


def test_busy_report(tmp_path):
    e = ledger.engine(tmp_path / "report.db")
    ledger.migrate(e)
    assert ledger.busy_report(e, workers=4, hold=0.8) == [0, 0, 0, 0]
