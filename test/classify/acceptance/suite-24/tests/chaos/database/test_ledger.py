import pytest

from voltbay import ledger

pytestmark = pytest.mark.chaos

BOOKED = []


@pytest.fixture
def book(tmp_path):
    connection = ledger.open_ledger(str(tmp_path / "ledger.db"))
    yield connection
    connection.close()


def test_open_configured_ledger():
    connection = ledger.open_ledger()
    assert connection.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] >= 0


def test_record_session(book):
    ledger.record(book, "s-100", "HAM-0007", 22.5, 1046)
    BOOKED.append("s-100")
    assert len(BOOKED) == 1


def test_record_second_session(book):
    ledger.record(book, "s-101", "HAM-0007", 10.0, 465)
    BOOKED.append("s-101")
    assert len(BOOKED) == 1


def test_resent_stop_transaction(book):
    ledger.record(book, "s-102", "HAM-0007", 12.0, 558)
    ledger.record_retry(book, "s-102", "HAM-0007", 12.0, 558)
    assert book.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 1


def test_energy_of_station(book):
    ledger.record(book, "s-103", "HAM-0007", 30.0, 1395)
    assert ledger.energy_of_station(book, "HAM-0007") == 30.0


def test_settle_day(tmp_path):
    path = str(tmp_path / "day.db")
    ledger.open_ledger(path).close()
    assert ledger.settle_day(path, [("s-1", "HAM-0007", 5.0, 233), ("s-2", "HAM-0008", 7.0, 326)]) == 2


def test_refunds_below_minimum(book):
    ledger.record(book, "s-104", "HAM-0007", 0.4, 19)
    assert ledger.refunds(book, "HAM-0007", 50) == [("s-104",)]
