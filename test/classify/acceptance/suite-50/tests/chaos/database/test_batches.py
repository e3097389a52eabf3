import concurrent.futures

import psycopg2
import pytest

from combwright import ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = ledger.connect()
    ledger.migrate(conn)
    ledger.reset(conn)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def grading_batch(db):
    batch = ledger.open_batch(db, "heather-hill", "D-40", 212)
    grader = ledger.connect()
    with grader.cursor() as cur:
        cur.execute("SELECT * FROM batches WHERE id = %s FOR UPDATE", (batch,))
    yield batch
    grader.close()


def both(call, *args_list):
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(args_list)) as pool:
        futures = [pool.submit(call, *args) for args in args_list]
        return [future.result() for future in futures]


def test_batch_opened(db):
    assert ledger.open_batch(db, "heather-hill", "D-01", 180) == 1


def test_same_drum_from_two_extractors(db):
    first, second = ledger.connect(), ledger.connect()
    try:
        ids = both(ledger.open_batch, (first, "heather-hill", "D-07", 120), (second, "heather-hill", "D-07", 95))
    finally:
        first.close()
        second.close()
    assert ids[0] == ids[1]


def test_jars_moved_both_ways(db):
    ledger.set_store(db, "north-shed", 400)
    ledger.set_store(db, "depot", 400)
    first, second = ledger.connect(), ledger.connect()
    try:
        both(ledger.move_jars, (first, "north-shed", "depot", 24), (second, "depot", "north-shed", 12))
    finally:
        first.close()
        second.close()
    assert ledger.stores(db) == {"depot": 412, "north-shed": 388}


@pytest.mark.flaky(reruns=2)
def test_bottled_at_two_lines(db):
    batch = ledger.open_batch(db, "lime-walk", "D-12", 300)
    first, second = ledger.connect(), ledger.connect()
    try:
        both(ledger.bottle, (first, batch, 120), (second, batch, 80))
    finally:
        first.close()
        second.close()
    with db.cursor() as cur:
        cur.execute("SELECT jars FROM batches WHERE id = %s", (batch,))
        assert cur.fetchone()[0] == 200


def test_moisture_report(db):
    ledger.open_batch(db, "lime-walk", "D-13", 150)
    assert ledger.moisture_report(db, "lime-walk") == {"D-13": None}


def test_grade_batch_while_grading(db, grading_batch):
    ledger.grade(db, grading_batch, "A")


def test_close_batches_skips_mistyped(db):
    ids = [ledger.open_batch(db, "clover-bank", drum, 90) for drum in ("D-20", "D-21")]
    assert ledger.close_batches(db, [ids[0], "D21", ids[1]]) == 2


def test_season_totals():
    assert ledger.season_totals() == {}


def test_open_batches_counted(db):
    ledger.open_batch(db, "clover-bank", "D-30", 60)
    ledger.open_batch(db, "clover-bank", "D-31", 61)
    assert ledger.open_batches(db) == 2


def test_unreachable_ledger_is_reported():
    with pytest.raises(psycopg2.OperationalError):
        ledger.connect("postgresql://combwright@127.0.0.1:1/combwright?connect_timeout=1")
