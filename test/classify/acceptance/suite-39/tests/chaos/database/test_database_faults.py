"""The records database under chaos: deadlocks, serialization failures, lock timeouts, a replica, limits."""
import pytest

from dispensa import records
from tests.conftest import pg_answers, pg_error

pytestmark = pytest.mark.chaos


def database(tcp_stub, errors, at_startup=None):
    stub = tcp_stub(pg_answers(errors, at_startup))
    return f"host=127.0.0.1 port={stub.port} dbname=dispensa user=dispensa connect_timeout=2"


@pytest.mark.flaky(reruns=2)
def test_concurrent_dispense(tcp_stub):
    dsn = database(tcp_stub, {"UPDATE prescriptions": pg_error(
        b"ERROR", b"40P01", "deadlock detected\nDETAIL:  Process 4121 waits for ShareLock on transaction 88231; "
        "blocked by process 4133.\nProcess 4133 waits for ShareLock on transaction 88230; blocked by process 4121.")})
    records.dispense(records.connect(dsn), 1001, "AMOX-500", 21)


def test_reserve_under_serializable(tcp_stub):
    dsn = database(tcp_stub, {"INSERT INTO reservations": pg_error(
        b"ERROR", b"40001", "could not serialize access due to read/write dependencies among transactions")})
    records.reserve_for_order(records.connect(dsn), 77, ["AMOX-500", "IBU-200"])


def test_audit_lock_times_out(tcp_stub):
    dsn = database(tcp_stub, {"LOCK TABLE": pg_error(b"ERROR", b"55P03", "canceling statement due to lock timeout")})
    records.lock_for_audit(records.connect(dsn), "leeds")


def test_refill_table(tcp_stub):
    dsn = database(tcp_stub, {"INSERT INTO refills": pg_error(
        b"ERROR", b"42P01", 'relation "refills" does not exist')})
    records.refill(records.connect(dsn), 1001)


def test_replica_in_recovery(tcp_stub):
    dsn = database(tcp_stub, {}, at_startup=pg_error(b"FATAL", b"57P03", "the database system is starting up"))
    records.patient_history(records.connect(dsn), 17)


def test_write_through_replica(tcp_stub):
    dsn = database(tcp_stub, {"UPDATE stock": pg_error(
        b"ERROR", b"25006", "cannot execute UPDATE in a read-only transaction")})
    records.dispense(records.connect(dsn), 1002, "IBU-200", 24)


def test_too_many_clients(tcp_stub):
    dsn = database(tcp_stub, {}, at_startup=pg_error(b"FATAL", b"53300", "sorry, too many clients already"))
    records.connect(dsn)
