import threading

import pytest
from sqlalchemy import text

from rinsewell import orders

pytestmark = pytest.mark.chaos


@pytest.fixture
def book(tmp_path):
    conn = orders.wash_book(tmp_path / "washes.db")
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def shared_book(tmp_path_factory):
    return orders.wash_book(tmp_path_factory.mktemp("depot") / "washes.db")


def test_rewash_stained(book):
    orders.book_wash(book, "W-1", "grand-leeds", 42.0)
    orders.rewash(book, "W-1")


def test_dried_today(book):
    orders.book_wash(book, "W-2", "grand-leeds", 30.0)
    assert orders.dried_today(book) == []


def test_mark_washed(tmp_path):
    path = tmp_path / "washes.db"
    conn = orders.wash_book(path)
    orders.book_wash(conn, "W-3", "quay-hull", 12.5)
    conn.close()
    orders.mark_washed(path, "W-3")


def test_first_wash_of_day(shared_book):
    orders.book_wash(shared_book, "W-10", "grand-leeds", 20.0)
    assert shared_book.execute("SELECT count(*) FROM washes").fetchone()[0] == 1


def test_second_depot_wash(shared_book):
    orders.book_wash(shared_book, "W-10", "quay-hull", 18.0)
    assert shared_book.execute("SELECT count(*) FROM washes").fetchone()[0] == 1


def test_four_invoice_runs(tmp_path):
    engine = orders.ledger_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    held, errors = [], []
    ready = threading.Barrier(4)

    def run():
        try:
            conn = engine.connect()
            held.append(conn)
            ready.wait(timeout=1)
            conn.execute(text("SELECT 1"))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conn in held:
        conn.close()
    if errors:
        raise errors[0]
