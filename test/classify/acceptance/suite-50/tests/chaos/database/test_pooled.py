"""The depot's tills reach the ledger through the pooler, which is drained partway through the night's run."""
import pytest

from combwright import ledger, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def till(pooler):
    conn = ledger.connect(settings.POOLER_DSN)
    ledger.migrate(conn)
    yield conn
    conn.close()


@pytest.fixture
def sale_drum(pooler):
    drum = "T-99"
    yield drum
    # Clean-up through a fresh pooled connection, as the till does at the end of a sale.
    conn = ledger.connect(settings.POOLER_DSN)
    with conn.cursor() as cur:
        cur.execute("DELETE FROM batches WHERE drum = %s", (drum,))
    conn.commit()
    conn.close()


def test_till_sees_stores(till):
    assert isinstance(ledger.stores(till), dict)


def test_till_opens_batch(till):
    assert ledger.open_batch(till, "till-3", "T-01", 12) >= 1


def test_till_counts_open_batches(till):
    assert ledger.open_batches(till) >= 0


def test_till_sets_store(till):
    ledger.set_store(till, "till-3", 40)
    assert ledger.stores(till)["till-3"] == 40


def test_till_grades(till):
    batch = ledger.open_batch(till, "till-3", "T-02", 10)
    ledger.grade(till, batch, "B")


def test_sale_recorded(sale_drum):
    assert sale_drum.startswith("T-")


def test_till_closes_day(till):
    assert ledger.close_batches(till, []) == 0
