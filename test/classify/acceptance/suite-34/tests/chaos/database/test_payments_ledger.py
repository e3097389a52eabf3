import pytest

from rinseway import ledger


@pytest.fixture
async def db():
    conn = await ledger.connect()
    yield conn
    await conn.close()


async def test_insert_payment(db):
    await db.execute("INSERT INTO payment (card_ref, pence) VALUES ($1, $2)", "c-1", 450)


async def test_payment_totals(db):
    assert await db.fetchval("SELECT SUM(pence) FROM payment") >= 0


async def test_refund_row(db):
    await db.execute("INSERT INTO payment (card_ref, pence) VALUES ($1, $2)", "c-2", -450)


async def test_payment_by_shop(db):
    rows = await db.fetch("SELECT * FROM payment WHERE shop = $1", "LDN-01")
    assert rows == []




@pytest.fixture
def till(tmp_path):
    engine = ledger.till_engine(tmp_path / "till.db")
    ledger.create_schema(engine)
    return engine


def test_refund_recorded(till):
    ledger.record_payment(till, "card-991", 450)
    ledger.refund(till, "card-991", 450)


def test_daily_total(till):
    ledger.record_payment(till, "card-992", 200)
    assert ledger.daily_total(till, "LDN-01") == 200


def test_reconcile_all_tills(till):
    ledger.reconcile(till, workers=4)


def test_locked_by_open_shift(tmp_path):
    import sqlite3
    path = tmp_path / "shift.db"
    first = sqlite3.connect(path, timeout=0.2)
    first.execute("CREATE TABLE shift (id INTEGER PRIMARY KEY, till TEXT)")
    first.execute("BEGIN EXCLUSIVE")
    second = sqlite3.connect(path, timeout=0.2)
    second.execute("INSERT INTO shift (till) VALUES ('LDN-01')")
